// The one place where gRPC failures become QuaysideError kinds. A socket that is missing or not
// ours to open gets a message that explains how to fix the connection, because grpc-js reports
// both as a bare UNAVAILABLE.

import { status as Status } from '@grpc/grpc-js';
import type { ServiceError } from '@grpc/grpc-js';

import { type ErrorKind, QuaysideError } from '../errors.js';

/** The call that failed, named in the message. */
export interface CallContext {
  readonly address: string;
  /** The service and method, for example `Images.Get`. */
  readonly operation: string;
}

/** Returns the error kind for a gRPC status code. */
export function kindOfStatus(code: Status): ErrorKind {
  switch (code) {
    case Status.NOT_FOUND:
      return 'not-found';
    case Status.ALREADY_EXISTS:
    case Status.ABORTED:
    case Status.FAILED_PRECONDITION:
      return 'conflict';
    case Status.INVALID_ARGUMENT:
    case Status.OUT_OF_RANGE:
      return 'invalid-argument';
    case Status.UNAVAILABLE:
    case Status.DEADLINE_EXCEEDED:
    case Status.CANCELLED:
      return 'unavailable';
    case Status.PERMISSION_DENIED:
    case Status.UNAUTHENTICATED:
      return 'permission-denied';
    case Status.OK:
    case Status.UNKNOWN:
    case Status.RESOURCE_EXHAUSTED:
    case Status.UNIMPLEMENTED:
    case Status.INTERNAL:
    case Status.DATA_LOSS:
      return 'internal';
    default: {
      const unexpected: never = code;
      return unexpected;
    }
  }
}

/** Returns the message for a socket path that does not exist. */
export function missingSocketMessage(address: string): string {
  return (
    `containerd is not running at ${address}: the socket does not exist. ` +
    'Start containerd, or pass --address or set CONTAINERD_ADDRESS to its socket.'
  );
}

/** Returns the message for a socket file that no process listens on, as after a crash. */
export function connectionRefusedMessage(address: string): string {
  return (
    `containerd is not running at ${address}: the socket exists but refuses connections. ` +
    'Start containerd, or pass --address or set CONTAINERD_ADDRESS to its socket.'
  );
}

/** Returns the message for a socket this user may not open. */
export function permissionDeniedMessage(address: string): string {
  return (
    `Permission denied on ${address}. ` +
    "Run Quayside as root, or give your user the socket's group."
  );
}

/** Returns the message for a namespace that containerd does not list. */
export function unknownNamespaceMessage(
  namespace: string,
  address: string,
  existing: readonly string[],
): string {
  const names = existing.length === 0 ? 'none' : existing.join(', ');
  return (
    `Namespace "${namespace}" does not exist in containerd at ${address}. ` +
    `Existing namespaces: ${names}. Pass --namespace or set CONTAINERD_NAMESPACE.`
  );
}

function isServiceError(error: unknown): error is ServiceError {
  return error instanceof Error && typeof (error as Partial<ServiceError>).code === 'number';
}

/** Converts a failed call into a QuaysideError; a QuaysideError passes through unchanged. */
export function mapGrpcError(error: unknown, context: CallContext): QuaysideError {
  if (error instanceof QuaysideError) {
    return error;
  }
  if (!isServiceError(error)) {
    const text = error instanceof Error ? error.message : String(error);
    return new QuaysideError('internal', `${context.operation} failed: ${text}`, { cause: error });
  }

  const details = error.details || error.message;
  if (error.code === Status.UNAVAILABLE) {
    // grpc-js puts the errno of the failed connect into the details text.
    if (details.includes('ENOENT')) {
      return new QuaysideError('unavailable', missingSocketMessage(context.address), {
        cause: error,
      });
    }
    if (details.includes('ECONNREFUSED')) {
      return new QuaysideError('unavailable', connectionRefusedMessage(context.address), {
        cause: error,
      });
    }
    if (details.includes('EACCES') || details.includes('EPERM')) {
      return new QuaysideError('permission-denied', permissionDeniedMessage(context.address), {
        cause: error,
      });
    }
  }
  const kind = kindOfStatus(error.code);
  return new QuaysideError(kind, `${context.operation} failed: ${details}`, { cause: error });
}

/** Whether a mapped error came from a server that lacks the method, as ListStream on old servers. */
export function isUnimplemented(error: unknown): boolean {
  const cause = error instanceof Error ? error.cause : undefined;
  return isServiceError(cause) && cause.code === Status.UNIMPLEMENTED;
}

// The one error type of Quayside. Every failure that reaches a user carries a kind, mapped once from
// gRPC status codes in the containerd client, and a message that names the next step.

/** The classes of failure, the same in the engine, the command and the window. */
export type ErrorKind =
  'not-found' | 'conflict' | 'invalid-argument' | 'unavailable' | 'permission-denied' | 'internal';

/** An error with a kind, safe to show to a user and to send across IPC as data. */
export class QuaysideError extends Error {
  override readonly name = 'QuaysideError';

  constructor(
    readonly kind: ErrorKind,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Returns `error` as a QuaysideError, wrapping anything else as `internal`. */
export function toQuaysideError(error: unknown): QuaysideError {
  if (error instanceof QuaysideError) {
    return error;
  }
  const message = error instanceof Error ? error.message : String(error);
  return new QuaysideError('internal', message, { cause: error });
}

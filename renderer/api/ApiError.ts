// Every failed call reaches the window as an ApiError, whichever transport carried it, so the
// screens show one kind of message: what failed, and the error kind the engine gave it.

import type { ErrorKind } from '../../electron/ipc/contract.js';

/** A failure with the engine's error kind, as a screen shows it. */
export interface Problem {
  readonly kind: ErrorKind;
  readonly message: string;
}

/** A failed call to the main process, with the kind the engine gave it. */
export class ApiError extends Error implements Problem {
  override readonly name = 'ApiError';

  constructor(
    readonly kind: ErrorKind,
    message: string,
  ) {
    super(message);
  }
}

const kindLabels: Readonly<Record<ErrorKind, string>> = {
  'not-found': 'Not found',
  conflict: 'Conflict',
  'invalid-argument': 'Invalid argument',
  unavailable: 'Unavailable',
  'permission-denied': 'Permission denied',
  internal: 'Internal error',
};

/** Returns whether `value` is one of the engine's error kinds. */
export function isErrorKind(value: unknown): value is ErrorKind {
  return typeof value === 'string' && Object.hasOwn(kindLabels, value);
}

/** Returns the label of an error kind on screen, for example `Permission denied`. */
export function describeKind(kind: ErrorKind): string {
  return kindLabels[kind];
}

/**
 * Returns the label of `problem`'s kind, or null when the message already names the kind, as in
 * `Invalid argument target to images.tag: …`, so a screen shows no label twice.
 */
export function kindLabelOf(problem: Problem): string | null {
  const label = describeKind(problem.kind);
  return problem.message.toLowerCase().includes(label.toLowerCase()) ? null : label;
}

/**
 * Converts anything a call rejected with into an ApiError. An object with a known `kind` keeps
 * it; anything else becomes `internal`, because the window has no better guess.
 */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) {
    return error;
  }
  if (typeof error === 'object' && error !== null) {
    const kind: unknown = Reflect.get(error, 'kind');
    const message: unknown = Reflect.get(error, 'message');
    if (typeof message === 'string') {
      return new ApiError(isErrorKind(kind) ? kind : 'internal', message);
    }
  }
  return new ApiError('internal', String(error));
}

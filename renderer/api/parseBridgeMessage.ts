// Reads the frames the browser shell's server sends. Malformed frames are dropped rather than
// thrown, because one bad frame must not take down the calls that share the socket.

import type { BridgeMessage, ChangeEvent } from '../../electron/ipc/contract.js';
import { isErrorKind } from './ApiError.js';

/**
 * Parses one frame into a BridgeMessage, or null when it is not one. Only the fields the client
 * acts on are checked; an event's payload is passed on as the server sent it.
 */
export function parseBridgeMessage(data: unknown): BridgeMessage | null {
  if (typeof data !== 'string') {
    return null;
  }
  let value: unknown;
  try {
    value = JSON.parse(data);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) {
    return null;
  }
  const type: unknown = Reflect.get(value, 'type');
  if (type === 'event') {
    const event: unknown = Reflect.get(value, 'event');
    return typeof event === 'object' && event !== null
      ? { type: 'event', event: event as ChangeEvent }
      : null;
  }
  const id: unknown = Reflect.get(value, 'id');
  const envelope: unknown = Reflect.get(value, 'envelope');
  if (
    type !== 'reply' ||
    typeof id !== 'number' ||
    typeof envelope !== 'object' ||
    envelope === null
  ) {
    return null;
  }
  if (Reflect.get(envelope, 'ok') === true) {
    return { type: 'reply', id, envelope: { ok: true, value: Reflect.get(envelope, 'value') } };
  }
  const error: unknown = Reflect.get(envelope, 'error');
  const kind: unknown =
    typeof error === 'object' && error !== null ? Reflect.get(error, 'kind') : null;
  const message: unknown =
    typeof error === 'object' && error !== null ? Reflect.get(error, 'message') : null;
  return {
    type: 'reply',
    id,
    envelope: {
      ok: false,
      error: {
        kind: isErrorKind(kind) ? kind : 'internal',
        message:
          typeof message === 'string' ? message : 'The server sent an error without a message.',
      },
    },
  };
}

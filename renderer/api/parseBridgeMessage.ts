// Reads the frames the browser shell's server sends. Malformed frames are dropped rather than
// thrown, because one bad frame must not take down the calls that share the socket.

import type { BridgeMessage, ChangeEvent, ErrorKind } from '../../electron/ipc/contract.js';
import { isErrorKind } from './ApiError.js';

function parseObject(data: unknown): object | null {
  if (typeof data !== 'string') {
    return null;
  }
  try {
    const value: unknown = JSON.parse(data);
    return typeof value === 'object' && value !== null ? value : null;
  } catch {
    return null;
  }
}

function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null ? Reflect.get(value, name) : undefined;
}

function parseError(error: unknown): { kind: ErrorKind; message: string } {
  const kind = field(error, 'kind');
  const message = field(error, 'message');
  return {
    kind: isErrorKind(kind) ? kind : 'internal',
    message: typeof message === 'string' ? message : 'The server sent an error without a message.',
  };
}

/**
 * Parses one frame into a BridgeMessage, or returns null when it is not one. Only the fields the
 * client acts on are checked; an event's payload is passed on as the server sent it.
 */
export function parseBridgeMessage(data: unknown): BridgeMessage | null {
  const frame = parseObject(data);
  const type = field(frame, 'type');

  if (type === 'event') {
    const event = field(frame, 'event');
    return typeof event === 'object' && event !== null
      ? { type: 'event', event: event as ChangeEvent }
      : null;
  }

  const id = field(frame, 'id');
  const envelope = field(frame, 'envelope');
  if (type !== 'reply' || typeof id !== 'number' || typeof envelope !== 'object' || !envelope) {
    return null;
  }
  if (field(envelope, 'ok') === true) {
    return { type: 'reply', id, envelope: { ok: true, value: field(envelope, 'value') } };
  }
  return {
    type: 'reply',
    id,
    envelope: { ok: false, error: parseError(field(envelope, 'error')) },
  };
}

// One browser page's WebSocket: BridgeRequests in, BridgeReplies out through the same dispatch as
// Electron's IPC, and the ChangeEvents of the services pushed as they happen.

import type { RawData, WebSocket } from 'ws';
import { z } from 'zod';

import type { BridgeMessage, Envelope } from '../ipc/contract.js';
import { dispatch } from '../ipc/dispatch.js';
import type { Services } from '../ipc/services.js';
import type { Logger } from '../log.js';

/**
 * A page that reads this far behind is closed instead of making the server buffer without limit.
 * 8 MiB is an estimate: about a thousand full image listings.
 */
const maxBufferedBytes = 8 * 1024 * 1024;

/** Malformed messages logged per connection; the rest are only counted, so a flood stays quiet. */
const maxLoggedMalformed = 5;

const requestSchema = z.object({
  id: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
  channel: z.string(),
  args: z.array(z.unknown()),
});

const idSchema = z.object({ id: requestSchema.shape.id });

const malformedMessage =
  'Invalid request: send a JSON object with a numeric id, a channel name and an args array.';

/** Decodes a text frame, which ws delivers as one Buffer, a list of fragments or an ArrayBuffer. */
function decodeText(data: RawData): string {
  if (Array.isArray(data)) {
    return Buffer.concat(data).toString('utf8');
  }
  const buffer = data instanceof ArrayBuffer ? Buffer.from(data) : data;
  return buffer.toString('utf8');
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Encodes a message, turning a result that JSON cannot carry (a BigInt, a cycle) into an error. */
function encode(message: BridgeMessage): string {
  try {
    return JSON.stringify(message);
  } catch (error) {
    if (message.type === 'event') {
      throw error;
    }
    const reason = error instanceof Error ? error.message : String(error);
    const envelope: Envelope<never> = {
      ok: false,
      error: { kind: 'internal', message: `The result cannot be sent as JSON: ${reason}.` },
    };
    return JSON.stringify({ type: 'reply', id: message.id, envelope });
  }
}

function send(socket: WebSocket, message: BridgeMessage, log: Logger): void {
  if (socket.readyState !== socket.OPEN) {
    return;
  }
  if (socket.bufferedAmount > maxBufferedBytes) {
    log.warn('browser shell page is too far behind, closing its WebSocket', {
      bufferedBytes: socket.bufferedAmount,
    });
    socket.terminate();
    return;
  }
  try {
    socket.send(encode(message));
  } catch (error) {
    log.error('browser shell failed to encode a message', {
      type: message.type,
      error: error instanceof Error ? error.message : String(error),
    });
  }
}

type Answer =
  | { readonly kind: 'reply'; readonly id: number; readonly envelope: Envelope<unknown> }
  | { readonly kind: 'malformed'; readonly id: number | null };

async function answer(data: RawData, isBinary: boolean, services: Services): Promise<Answer> {
  const parsed = isBinary ? undefined : parseJson(decodeText(data));
  const request = requestSchema.safeParse(parsed);
  if (request.success) {
    const { id, channel, args } = request.data;
    return { kind: 'reply', id, envelope: await dispatch(services, channel, args) };
  }
  const withId = idSchema.safeParse(parsed);
  return { kind: 'malformed', id: withId.success ? withId.data.id : null };
}

/** Serves one page's WebSocket until it closes; the subscription to changes ends with it. */
export function serveBridge(socket: WebSocket, services: Services, log: Logger): void {
  let malformedCount = 0;
  const unsubscribe = services.subscribe((event) => {
    send(socket, { type: 'event', event }, log);
  });
  socket.on('close', unsubscribe);
  socket.on('error', (error) => {
    log.warn('browser shell WebSocket failed', { error: error.message });
  });

  const reply = (result: Answer): void => {
    switch (result.kind) {
      case 'reply':
        send(socket, { type: 'reply', id: result.id, envelope: result.envelope }, log);
        return;
      case 'malformed':
        malformedCount += 1;
        if (malformedCount <= maxLoggedMalformed) {
          log.warn('browser shell received a malformed message', {
            count: malformedCount,
            replied: result.id !== null,
          });
        }
        // Without a usable id the reply could not be matched to a request, so none is sent.
        if (result.id !== null) {
          const envelope: Envelope<never> = {
            ok: false,
            error: { kind: 'invalid-argument', message: malformedMessage },
          };
          send(socket, { type: 'reply', id: result.id, envelope }, log);
        }
        return;
      default: {
        const unknown: never = result;
        return unknown;
      }
    }
  };

  socket.on('message', (data, isBinary) => {
    answer(data, isBinary, services).then(reply, (error: unknown) => {
      log.error('browser shell failed to reply to a request', { error: String(error) });
    });
  });
}

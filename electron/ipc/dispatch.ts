// The one place where a call from the renderer meets the services. Electron's IPC handlers and the
// browser shell's WebSocket both go through here, so both validate and report errors the same way.

import { QuaysideError } from '../errors.js';
import { createLogger, type Logger } from '../log.js';
import { describeArity, describeIssues } from './argument-message.js';
import { argumentSchemas, channels, type Channel, type Envelope } from './contract.js';
import type { Services } from './services.js';

const defaultLogger = createLogger();

/** Unknown channel names are echoed in the error, cut to this length so they cannot flood it. */
const maxEchoedChannelLength = 64;

function isChannel(channel: unknown): channel is Channel {
  return typeof channel === 'string' && Object.hasOwn(argumentSchemas, channel);
}

function failure(error: QuaysideError): Envelope<never> {
  return { ok: false, error: { kind: error.kind, message: error.message } };
}

function unknownChannel(channel: unknown): QuaysideError {
  const quotedChannel =
    typeof channel === 'string'
      ? JSON.stringify(channel.slice(0, maxEchoedChannelLength))
      : `a ${channel === null ? 'null' : typeof channel}`;
  return new QuaysideError(
    'invalid-argument',
    `Unknown channel ${quotedChannel}. The known channels are ${channels.join(', ')}.`,
  );
}

function validate(channel: Channel, args: unknown): readonly unknown[] | QuaysideError {
  const arityProblem = describeArity(channel, args);
  if (arityProblem !== null) {
    return new QuaysideError('invalid-argument', arityProblem);
  }
  const parsed = argumentSchemas[channel].safeParse(args);
  if (!parsed.success) {
    return new QuaysideError('invalid-argument', describeIssues(channel, parsed.error));
  }
  return parsed.data;
}

/**
 * Validates `args` against the schema of `channel`, calls the service and returns its result or
 * its error as an envelope. The promise always resolves. A QuaysideError keeps its kind and
 * message, and any other error is logged and returned as `internal` without its details.
 */
export async function dispatch(
  services: Services,
  channel: unknown,
  args: unknown,
  log: Logger = defaultLogger,
): Promise<Envelope<unknown>> {
  if (!isChannel(channel)) {
    return failure(unknownChannel(channel));
  }
  const validated = validate(channel, args);
  if (validated instanceof QuaysideError) {
    return failure(validated);
  }

  try {
    // Each channel's schema produced exactly the arguments its service takes.
    const calls = services as unknown as Record<Channel, (...args: readonly unknown[]) => unknown>;
    const value = await calls[channel](...validated);
    return { ok: true, value };
  } catch (error) {
    if (error instanceof QuaysideError) {
      return failure(error);
    }
    log.error('call failed with an unexpected error', {
      channel,
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    });
    return failure(
      new QuaysideError(
        'internal',
        `${channel} failed with an unexpected error in the main process. The log has the details.`,
      ),
    );
  }
}

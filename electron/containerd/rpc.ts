// Calls on one containerd connection: the namespace header, a deadline, one error mapping, and a
// count of started calls that the benchmark reads.

import * as grpc from '@grpc/grpc-js';

import type { Logger } from '../log.js';
import type { QuaysideError } from '../errors.js';
import { mapGrpcError } from './grpc-errors.js';

/** Default time limit of one unary call or one finite stream. */
export const defaultTimeoutMs = 30_000;

/** A count of the calls started on one client. */
export class CallCounter {
  started = 0;
}

/** Settings of one call. */
export interface CallSettings {
  readonly address: string;
  /** Sent as `containerd-namespace`; null for the calls that are not namespaced. */
  readonly namespace: string | null;
  readonly counter: CallCounter;
  readonly timeoutMs?: number;
  readonly log?: Logger;
}

function metadataFor(settings: CallSettings): grpc.Metadata {
  const metadata = new grpc.Metadata();
  if (settings.namespace !== null) {
    metadata.set('containerd-namespace', settings.namespace);
  }
  return metadata;
}

function failure(settings: CallSettings, operation: string, error: unknown): QuaysideError {
  const mapped = mapGrpcError(error, { address: settings.address, operation });
  settings.log?.debug('containerd call failed', {
    operation,
    namespace: settings.namespace,
    kind: mapped.kind,
    error: mapped.message,
  });
  return mapped;
}

function optionsFor(settings: CallSettings): grpc.CallOptions {
  return { deadline: Date.now() + (settings.timeoutMs ?? defaultTimeoutMs) };
}

/** Runs one unary call; `operation` names it in errors, for example `Images.Get`. */
export function unary<Response>(
  settings: CallSettings,
  operation: string,
  start: (
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<Response>,
  ) => grpc.ClientUnaryCall,
): Promise<Response> {
  settings.counter.started += 1;
  return new Promise((resolvePromise, rejectPromise) => {
    start(metadataFor(settings), optionsFor(settings), (error, response) => {
      if (error) {
        rejectPromise(failure(settings, operation, error));
      } else if (response === undefined) {
        rejectPromise(failure(settings, operation, new Error('no response')));
      } else {
        resolvePromise(response);
      }
    });
  });
}

/** Runs one server stream to its end and returns every message. */
export function collect<Message>(
  settings: CallSettings,
  operation: string,
  start: (metadata: grpc.Metadata, options: grpc.CallOptions) => grpc.ClientReadableStream<Message>,
): Promise<Message[]> {
  settings.counter.started += 1;
  return new Promise((resolvePromise, rejectPromise) => {
    const messages: Message[] = [];
    const call = start(metadataFor(settings), optionsFor(settings));
    call.on('data', (message: Message) => messages.push(message));
    call.on('error', (error: unknown) => {
      rejectPromise(failure(settings, operation, error));
    });
    call.on('end', () => {
      resolvePromise(messages);
    });
  });
}

/** Opens a stream with no deadline, for subscriptions that last until cancelled. */
export function openStream<Message>(
  settings: CallSettings,
  start: (metadata: grpc.Metadata, options: grpc.CallOptions) => grpc.ClientReadableStream<Message>,
): grpc.ClientReadableStream<Message> {
  settings.counter.started += 1;
  return start(metadataFor(settings), {});
}

// Subscribes to the image, container and task events of one namespace and decodes their Any
// payloads with a protobufjs Root of the event protos. The server ignores the namespace header
// on Subscribe, so the namespace goes into the filter.

import { join } from 'node:path';

import { status as Status } from '@grpc/grpc-js';
import protobuf from 'protobufjs';

import { QuaysideError } from '../errors.js';
import { isoTime } from './convert.js';
import type { EventsClient } from './generated/containerd/services/events/v1/Events.js';
import type { Envelope__Output } from './generated/containerd/types/Envelope.js';
import { mapGrpcError } from './grpc-errors.js';
import type { NamespaceEvent } from './namespace.js';
import { eventProtoFiles, findProtoRoot } from './proto-root.js';
import { type CallSettings, openStream } from './rpc.js';

let eventRoot: protobuf.Root | null = null;

function loadEventRoot(): protobuf.Root {
  if (eventRoot === null) {
    const protoRoot = findProtoRoot();
    const root = new protobuf.Root();
    root.resolvePath = (_origin, target) => join(protoRoot, target);
    eventRoot = root.loadSync([...eventProtoFiles], { keepCase: true });
  }
  return eventRoot;
}

/** Returns the image name, container ID or task's container ID of an event payload, or null. */
export function eventSubject(
  topic: string,
  payload: Readonly<Record<string, unknown>>,
): string | null {
  const key = topic.startsWith('/images/')
    ? 'name'
    : topic.startsWith('/containers/')
      ? 'id'
      : 'container_id';
  const value = payload[key];
  return typeof value === 'string' && value !== '' ? value : null;
}

/** Decodes an Any payload; the type URL is the bare message name, with or without a prefix. */
export function decodePayload(typeUrl: string, value: Uint8Array): Record<string, unknown> | null {
  const name = typeUrl.slice(typeUrl.lastIndexOf('/') + 1);
  const type = loadEventRoot().lookup(name);
  if (!(type instanceof protobuf.Type)) {
    return null;
  }
  return type.toObject(type.decode(value), { longs: String, enums: String, defaults: true });
}

function toEvent(envelope: Envelope__Output): NamespaceEvent {
  const payload =
    envelope.event === null ? null : decodePayload(envelope.event.type_url, envelope.event.value);
  return {
    topic: envelope.topic,
    namespace: envelope.namespace,
    subject: payload === null ? null : eventSubject(envelope.topic, payload),
    at: isoTime(envelope.timestamp) ?? new Date().toISOString(),
  };
}

/** Streams the namespace's events to `onEvent` until the returned function is called. */
export function subscribeEvents(
  events: EventsClient,
  settings: CallSettings,
  namespace: string,
  onEvent: (event: NamespaceEvent) => void,
  onError: (error: Error) => void,
): () => void {
  const filter = `namespace==${namespace},topic~="^/(images|containers|tasks)/"`;
  const call = openStream<Envelope__Output>(settings, (md, options) =>
    events.Subscribe({ filters: [filter] }, md, options),
  );
  let cancelled = false;
  call.on('data', (envelope: Envelope__Output) => {
    onEvent(toEvent(envelope));
  });
  call.on('error', (error: { code?: number }) => {
    if (cancelled && error.code === Status.CANCELLED) {
      return;
    }
    onError(mapGrpcError(error, { address: settings.address, operation: 'Events.Subscribe' }));
  });
  call.on('end', () => {
    if (!cancelled) {
      onError(
        new QuaysideError(
          'unavailable',
          `containerd at ${settings.address} ended the event stream`,
        ),
      );
    }
  });
  return () => {
    cancelled = true;
    call.cancel();
  };
}

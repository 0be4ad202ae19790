// In-memory Services for the unit tests of dispatch, the Electron IPC and the browser shell. Every
// call is recorded, and every channel returns a small fixed value unless a test replaces it.

import type { Arguments, ChangeEvent, Channel, ConnectionStatus, Results } from '../contract.js';
import type { Services } from '../services.js';

/** One call that reached the fake services. */
export interface RecordedCall {
  readonly channel: Channel;
  readonly args: readonly unknown[];
}

/** Replacements for some channels' implementations. */
export type ServiceOverrides = {
  readonly [C in Channel]?: (...args: Arguments[C]) => Promise<Results[C]>;
};

/** Fake services with the calls they received and a way to push ChangeEvents. */
export interface FakeServices {
  readonly services: Services;
  readonly calls: RecordedCall[];
  emit(event: ChangeEvent): void;
  listenerCount(): number;
}

const status: ConnectionStatus = {
  address: '/tmp/quayside-test/containerd.sock',
  namespace: 'default',
  state: 'connected',
  version: '1.6.20',
  error: null,
};

const readAt = '2024-01-01T00:00:00.000Z';

const defaults: { readonly [C in Channel]: (...args: Arguments[C]) => Results[C] } = {
  'images.list': () => ({ address: status.address, namespace: 'default', readAt, rows: [] }),
  'images.plan': (request) => ({
    request,
    namespace: 'default',
    basedOn: readAt,
    inputs: [],
    freedBytes: 0,
    fingerprint: '0'.repeat(64),
  }),
  'images.remove': () => ({ inputs: [], freedBytes: 0, exitStatus: 0 }),
  'images.tag': (source, target) => ({
    source,
    target,
    imageId: `sha256:${'a'.repeat(64)}`,
    replacedImageId: null,
    keptDangling: null,
  }),
  'containers.list': () => ({
    address: status.address,
    namespace: 'default',
    readAt,
    rows: [],
  }),
  'namespaces.list': () => ['default', 'k8s.io'],
  'namespaces.select': (name) => ({ ...status, namespace: name }),
  'connection.status': () => status,
};

function resolvedDefault<C extends Channel>(
  channel: C,
): (...args: Arguments[C]) => Promise<Results[C]> {
  const result: (...args: Arguments[C]) => Results[C] = defaults[channel];
  return (...args) => Promise.resolve(result(...args));
}

function recorded<C extends Channel>(
  channel: C,
  calls: RecordedCall[],
  implementation: (...args: Arguments[C]) => Promise<Results[C]>,
): (...args: Arguments[C]) => Promise<Results[C]> {
  return (...args) => {
    calls.push({ channel, args });
    return implementation(...args);
  };
}

/** Creates fake services in which `overrides` replace the default result of some channels. */
export function createFakeServices(overrides: ServiceOverrides = {}): FakeServices {
  const calls: RecordedCall[] = [];
  const listeners = new Set<(event: ChangeEvent) => void>();
  const pick = <C extends Channel>(channel: C): ((...args: Arguments[C]) => Promise<Results[C]>) =>
    recorded(channel, calls, overrides[channel] ?? resolvedDefault(channel));

  const services: Services = {
    'images.list': pick('images.list'),
    'images.plan': pick('images.plan'),
    'images.remove': pick('images.remove'),
    'images.tag': pick('images.tag'),
    'containers.list': pick('containers.list'),
    'namespaces.list': pick('namespaces.list'),
    'namespaces.select': pick('namespaces.select'),
    'connection.status': pick('connection.status'),
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };

  return {
    services,
    calls,
    emit: (event) => {
      listeners.forEach((listener) => {
        listener(event);
      });
    },
    listenerCount: () => listeners.size,
  };
}

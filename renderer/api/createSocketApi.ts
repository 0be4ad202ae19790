// The QuaysideApi over the browser shell's WebSocket bridge: the same calls as the Electron
// preload, so no screen can tell the two apart.

import type { QuaysideApi } from '../../electron/ipc/contract.js';
import type { BridgeClient } from './BridgeClient.js';

/** Builds a QuaysideApi whose calls go through `client`. */
export function createSocketApi(client: BridgeClient): QuaysideApi {
  return {
    images: {
      list: () => client.call('images.list', []),
      plan: (request) => client.call('images.plan', [request]),
      remove: (request) => client.call('images.remove', [request]),
      tag: (source, target) => client.call('images.tag', [source, target]),
    },
    containers: {
      list: () => client.call('containers.list', []),
    },
    namespaces: {
      list: () => client.call('namespaces.list', []),
      select: (name) => client.call('namespaces.select', [name]),
    },
    connection: {
      status: () => client.call('connection.status', []),
    },
    events: {
      subscribe: (listener) => client.onEvent(listener),
    },
  };
}

// The services behind the window, for Electron's IPC and the browser shell alike: the containerd
// client and the deletion engine joined, one namespace at a time. Creating them does not contact
// containerd, so an unreachable one is reported by `connection.status`, not by a failed start.

import type { ContainerdNamespace } from '../containerd/namespace.js';
import { removeImages } from '../deletion/remove.js';
import { planRemoval } from '../deletion/plan.js';
import { tagImage } from '../deletion/tag.js';
import { toQuaysideError } from '../errors.js';
import type { ConnectionStatus } from '../ipc/contract.js';
import type { Services } from '../ipc/services.js';
import { listContainers } from '../listing/containers.js';
import { listImages } from '../listing/images.js';
import type { Logger } from '../log.js';
import { openClient, type ContainerdConnection } from './connection.js';
import { EventFeed } from './event-feed.js';

/** Services with the means to let go of the connection. */
export type AppServices = Services & { readonly close: () => void };

/** Where to connect, already resolved from flags and environment. */
export interface ServiceOptions {
  readonly address: string;
  readonly namespace: string;
  readonly log: Logger;
}

/**
 * Creates the window's services on one containerd; the namespace can change later. Without
 * `connection` they open their own and close it with `close()`; with it they share it and leave
 * it open.
 */
export function createServices(
  options: ServiceOptions,
  shared?: ContainerdConnection,
): AppServices {
  const { log } = options;
  const connection: ContainerdConnection = shared ?? openClient(options.address, log);
  let namespaceName = options.namespace;
  const namespace = (): ContainerdNamespace => connection.client().namespace(namespaceName);
  const inventory = async () => namespace().readInventory();
  const feed = new EventFeed(namespace, log);

  const status = async (): Promise<ConnectionStatus> => {
    const base = { address: options.address, namespace: namespaceName };
    try {
      const client = connection.client();
      const version = await client.version();
      await client.checkNamespace(namespaceName);
      return { ...base, state: 'connected', version: version.version, error: null };
    } catch (error) {
      const { kind, message } = toQuaysideError(error);
      return { ...base, state: 'disconnected', version: null, error: { kind, message } };
    }
  };

  const select = async (name: string): Promise<ConnectionStatus> => {
    await connection.client().checkNamespace(name);
    namespaceName = name;
    feed.restart();
    log.info('namespace selected', { namespace: name });
    return status();
  };

  return {
    'images.list': async () => listImages(await inventory()),
    'images.plan': async (request) => planRemoval(await inventory(), request),
    'images.remove': async ({ inputs, force, prune, confirmed }) => {
      const request = { inputs, force, prune };
      const outcome = await removeImages(namespace(), request, { confirmed }, log);
      return outcome.result;
    },
    'images.tag': async (source, target) => tagImage(namespace(), source, target, log),
    'containers.list': async () => listContainers(await inventory()),
    'namespaces.list': async () => connection.client().listNamespaces(),
    'namespaces.select': select,
    'connection.status': status,
    subscribe: (listener) => feed.add(listener),
    close: () => {
      feed.stop();
      if (shared === undefined) {
        connection.close();
      }
    },
  };
}

/** Opens services for one window each, all on one containerd connection. */
export interface SessionFactory {
  /** Opens services with their own namespace and event feed, on the options' namespace. */
  readonly open: () => AppServices;
  /** Closes the shared connection; sessions still open fail with `unavailable` after it. */
  close(): void;
}

/**
 * Returns a factory of services that share one containerd connection, so that every page of the
 * browser shell picks its namespace on its own, as each Electron window does.
 */
export function createSessionFactory(options: ServiceOptions): SessionFactory {
  const connection = openClient(options.address, options.log);
  return {
    open: () => createServices(options, connection),
    close: () => {
      connection.close();
    },
  };
}

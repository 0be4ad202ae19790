// Opening containerd for the command and the window. The window must start even when the socket
// is missing, so the client is opened on first use and again on every call until it works.

import { resolveConnection, type ConnectionFlags } from '../containerd/address.js';
import { ContainerdClient, connect } from '../containerd/client.js';
import type { ContainerdNamespace } from '../containerd/namespace.js';
import type { Logger } from '../log.js';

/** A client on one containerd that is opened when first needed. */
export interface ContainerdConnection {
  readonly address: string;
  /** Returns the client, or throws a QuaysideError naming the fix while the socket is unusable. */
  client(): ContainerdClient;
  close(): void;
}

/** Returns a connection to `address`; nothing is opened until the first call. */
export function openClient(address: string, log: Logger): ContainerdConnection {
  let opened: ContainerdClient | null = null;
  return {
    address,
    client: () => {
      opened ??= ContainerdClient.open(address, { log });
      return opened;
    },
    close: () => {
      opened?.close();
      opened = null;
    },
  };
}

/** Opens the namespace named by `flags` and `env`, after checking that it exists. */
export async function openContainerd(
  flags: ConnectionFlags,
  env: NodeJS.ProcessEnv,
  log: Logger,
): Promise<{ readonly namespace: ContainerdNamespace; close(): void }> {
  const { client, namespace } = await connect(resolveConnection(flags, env), { log });
  return {
    namespace,
    close: () => {
      client.close();
    },
  };
}

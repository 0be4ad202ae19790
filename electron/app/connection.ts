// Opening containerd for the command and the window: the address and namespace resolved from flags
// and environment, the client, and the check that the namespace exists (containerd itself answers
// an unknown namespace with empty lists, which would look like a namespace without images).

import { resolveConnection } from '../containerd/address.js';
import { ContainerdClient } from '../containerd/client.js';
import type { ContainerdNamespace } from '../containerd/namespace.js';
import type { Logger } from '../log.js';

/** A client on one containerd, with the namespace check. */
export interface ContainerdConnection {
  readonly address: string;
  readonly client: ContainerdClient;
  /** Throws a `not-found` QuaysideError naming the existing namespaces when `name` is not one. */
  checkNamespace(name: string): Promise<void>;
  close(): void;
}

/** Opens a client on `address`; the connection itself is made on the first call. */
export function openClient(address: string, log: Logger): ContainerdConnection {
  const client = ContainerdClient.open(address, { log });
  return {
    address,
    client,
    checkNamespace: async (name) => await client.checkNamespace(name),
    close: () => client.close(),
  };
}

/** Flags that name the containerd to use; unset ones fall back to the environment. */
export interface ConnectionFlags {
  readonly address: string | undefined;
  readonly namespace: string | undefined;
}

/** Opens the namespace named by `flags` and `env`, after checking that it exists. */
export async function openContainerd(
  flags: ConnectionFlags,
  env: NodeJS.ProcessEnv,
  log: Logger,
): Promise<{ readonly namespace: ContainerdNamespace; close(): void }> {
  const target = resolveConnection(withoutUndefined(flags), env);
  const connection = openClient(target.address, log);
  try {
    await connection.checkNamespace(target.namespace);
  } catch (error) {
    connection.close();
    throw error;
  }
  return { namespace: connection.client.namespace(target.namespace), close: () => connection.close() };
}

function withoutUndefined(flags: ConnectionFlags): { address?: string; namespace?: string } {
  return {
    ...(flags.address === undefined ? {} : { address: flags.address }),
    ...(flags.namespace === undefined ? {} : { namespace: flags.namespace }),
  };
}

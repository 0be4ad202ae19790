// The containerd client: one gRPC connection to a socket, the calls that are not namespaced, and
// a ContainerdNamespace per namespace. Parsed manifests and configs are cached here across reads.

import { accessSync, constants, statSync } from 'node:fs';

import { QuaysideError } from '../errors.js';
import { type Logger, silentLogger } from '../log.js';
import { type Connection, grpcTarget, socketPath } from './address.js';
import { BlobCache } from './content-reader.js';
import type { ListNamespacesResponse__Output } from './generated/containerd/services/namespaces/v1/ListNamespacesResponse.js';
import type { VersionResponse__Output } from './generated/containerd/services/version/v1/VersionResponse.js';
import { missingSocketMessage, permissionDeniedMessage } from './grpc-errors.js';
import { GrpcNamespace } from './grpc-namespace.js';
import { ensureNamespace } from './inventory.js';
import type { ContainerdNamespace } from './namespace.js';
import { CallCounter, type CallSettings, unary } from './rpc.js';
import { type ServiceClients, openServiceClients } from './services.js';

/** Options of a client. */
export interface ClientOptions {
  /** Time limit of each call in milliseconds; 30 000 unless set. */
  readonly timeoutMs?: number;
  /** Receives a debug line for each failed call; nothing is logged unless set. */
  readonly log?: Logger;
}

function errorCode(error: unknown): string | undefined {
  return error instanceof Error ? (error as NodeJS.ErrnoException).code : undefined;
}

/** Throws a QuaysideError that explains the fix when `path` is not a socket this user may open. */
export function checkSocket(path: string): void {
  try {
    if (!statSync(path).isSocket()) {
      throw new QuaysideError(
        'invalid-argument',
        `${path} is not a socket. Pass --address or set CONTAINERD_ADDRESS to containerd's socket.`,
      );
    }
    accessSync(path, constants.R_OK | constants.W_OK);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new QuaysideError('unavailable', missingSocketMessage(path), { cause: error });
    }
    if (code === 'EACCES' || code === 'EPERM') {
      throw new QuaysideError('permission-denied', permissionDeniedMessage(path), { cause: error });
    }
    throw error;
  }
}

/** A connection to one containerd socket. */
export class ContainerdClient {
  private readonly counter = new CallCounter();
  private readonly cache = new BlobCache();

  private constructor(
    readonly address: string,
    private readonly clients: ServiceClients,
    private readonly timeoutMs: number | undefined,
    private readonly log: Logger,
  ) {}

  /** Opens a client on a socket path or `unix://` address; throws when the socket is unusable. */
  static open(address: string, options: ClientOptions = {}): ContainerdClient {
    const path = socketPath(address);
    checkSocket(path);
    const clients = openServiceClients(grpcTarget(path));
    return new ContainerdClient(path, clients, options.timeoutMs, options.log ?? silentLogger);
  }

  /** The number of gRPC calls this client has started. */
  get callCount(): number {
    return this.counter.started;
  }

  private settings(namespace: string | null): CallSettings {
    const base = { address: this.address, namespace, counter: this.counter, log: this.log };
    return this.timeoutMs === undefined ? base : { ...base, timeoutMs: this.timeoutMs };
  }

  /** Reads containerd's version and revision. */
  async version(): Promise<{ version: string; revision: string }> {
    const response = await unary<VersionResponse__Output>(
      this.settings(null),
      'Version.Version',
      (md, options, done) => this.clients.version.Version({}, md, options, done),
    );
    return { version: response.version, revision: response.revision };
  }

  /** Lists the namespace names, sorted. */
  async listNamespaces(): Promise<string[]> {
    const response = await unary<ListNamespacesResponse__Output>(
      this.settings(null),
      'Namespaces.List',
      (md, options, done) => this.clients.namespaces.List({ filter: '' }, md, options, done),
    );
    return response.namespaces.map((namespace) => namespace.name).sort();
  }

  /**
   * Throws a `not-found` QuaysideError naming the existing namespaces when `name` is not one.
   * containerd returns empty lists for an unknown namespace, so reads alone cannot tell.
   */
  checkNamespace(name: string): Promise<void> {
    return ensureNamespace(name, this.address, () => this.listNamespaces());
  }

  /** Returns the operations on one namespace; nothing is checked until the first call. */
  namespace(name: string): ContainerdNamespace {
    return new GrpcNamespace(name, this.clients, this.settings(name), this.cache, () =>
      this.listNamespaces(),
    );
  }

  /** Closes the connection; calls in flight fail with `unavailable`. */
  close(): void {
    this.clients.version.close();
  }
}

/**
 * Opens a client and checks that containerd responds and lists the namespace, so that a wrong
 * socket or namespace fails here with a message that explains the fix.
 */
export async function connect(
  connection: Connection,
  options: ClientOptions = {},
): Promise<{ client: ContainerdClient; namespace: ContainerdNamespace }> {
  const client = ContainerdClient.open(connection.address, options);
  try {
    await client.checkNamespace(connection.namespace);
    return { client, namespace: client.namespace(connection.namespace) };
  } catch (error) {
    client.close();
    throw error;
  }
}

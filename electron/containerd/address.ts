// The containerd socket and namespace, from the same flags, variables and defaults as ctr and
// nerdctl.

import { isAbsolute, resolve } from 'node:path';

/** containerd's gRPC socket on Linux. */
export const defaultAddress = '/run/containerd/containerd.sock';

/** The namespace ctr and nerdctl use when none is given. */
export const defaultNamespace = 'default';

/** A socket path and a namespace name. */
export interface Connection {
  readonly address: string;
  readonly namespace: string;
}

/** Options that override the environment, as from `--address` and `--namespace`. */
export interface ConnectionFlags {
  readonly address?: string | undefined;
  readonly namespace?: string | undefined;
}

function firstSet(...values: readonly (string | undefined)[]): string | undefined {
  return values.find((value) => value !== undefined && value !== '');
}

/**
 * Resolves the socket and namespace: the flag, else CONTAINERD_ADDRESS / CONTAINERD_NAMESPACE,
 * else the defaults. The address comes back as an absolute path, without a `unix://` prefix.
 */
export function resolveConnection(flags: ConnectionFlags, env: NodeJS.ProcessEnv): Connection {
  const address = firstSet(flags.address, env.CONTAINERD_ADDRESS) ?? defaultAddress;
  const namespace = firstSet(flags.namespace, env.CONTAINERD_NAMESPACE) ?? defaultNamespace;
  return { address: socketPath(address), namespace };
}

/** Returns the socket path of `unix:///path`, `unix:/path`, `unix://path` or a plain path. */
export function socketPath(address: string): string {
  // A user who writes `unix://run/x.sock` means /run/x.sock, so the slashes after `unix:` collapse
  // to one. A path without a leading slash is relative to the working folder.
  const path = address.startsWith('unix:')
    ? address.slice('unix:'.length).replace(/^\/+/, '/')
    : address;
  return isAbsolute(path) ? path : resolve(path);
}

/**
 * Returns the grpc-js target for a socket path. grpc-js reads `unix://host/path` as an
 * authority and a relative path, so the target has three slashes.
 */
export function grpcTarget(address: string): string {
  return `unix://${socketPath(address)}`;
}

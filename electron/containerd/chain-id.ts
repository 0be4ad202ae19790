// The chain ID of a layer stack, as the OCI image spec defines it: the first diff ID, then
// sha256 over "<previous chain ID> <next diff ID>" for each further layer. containerd names the
// committed snapshot of an unpacked image by this ID.

import { createHash } from 'node:crypto';

/** Returns the chain ID of each prefix of `diffIds`. */
export function chainIds(diffIds: readonly string[]): string[] {
  const chain: string[] = [];
  for (const diffId of diffIds) {
    const previous = chain.at(-1);
    if (previous === undefined) {
      chain.push(diffId);
    } else {
      const hex = createHash('sha256').update(`${previous} ${diffId}`).digest('hex');
      chain.push(`sha256:${hex}`);
    }
  }
  return chain;
}

/** Returns the chain ID of all `diffIds`, or null for an empty list. */
export function chainId(diffIds: readonly string[]): string | null {
  return chainIds(diffIds).at(-1) ?? null;
}

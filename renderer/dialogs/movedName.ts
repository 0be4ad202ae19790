// The effect of a tag on a name that exists already, read from the images listing so that the
// Tag dialog can warn before the name moves. The engine makes the decision when the tag runs,
// and this applies the same rule to the rows the window has.

import type { ImageRow } from '../../electron/ipc/contract.js';

/** A target name that names another image now. */
export interface MovedName {
  /** The target with `:latest` added when it had no tag. */
  readonly name: string;
  /** The image the name points at now. */
  readonly fromImageId: string;
  /** The source's image, or null when the listing does not have it. */
  readonly toImageId: string | null;
  /** Whether the name is the last one of the image it points at now. */
  readonly lastName: boolean;
  /** Whether a container uses the image the name points at now. */
  readonly inUse: boolean;
}

/**
 * Adds `:latest` to a name without a tag or digest, as `docker tag` does. It checks only the
 * part after the last `/`, so `registry:5000/app` gets a tag but other normalisation is skipped.
 */
export function withDefaultTag(name: string): string {
  const lastPart = name.slice(name.lastIndexOf('/') + 1);
  return lastPart.includes(':') || lastPart.includes('@') ? name : `${name}:latest`;
}

/**
 * Returns the name that tagging `source` as `target` would move from another image, or null when
 * the target is new or names the source's image already. `source` is a record name or image ID.
 */
export function findMovedName(
  rows: readonly ImageRow[],
  source: string,
  target: string,
): MovedName | null {
  const name = withDefaultTag(target.trim());
  const current = rows.find((row) => !row.dangling && (row.familiar === name || row.name === name));
  const toImageId = rows.find((row) => row.name === source || row.imageId === source)?.imageId;
  if (current === undefined || current.imageId === toImageId) {
    return null;
  }

  const names = rows.filter((row) => !row.dangling && row.imageId === current.imageId);
  return {
    name,
    fromImageId: current.imageId,
    toImageId: toImageId ?? null,
    lastName: names.length === 1,
    inUse: current.containers.length > 0,
  };
}

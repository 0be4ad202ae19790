// The rule for which image a container uses. The container's `image` field contains a name, and
// names move or vanish, so the name counts only while it still points at the layers the container
// runs on. When it does not, the parent of the container's rootfs snapshot (an image's chain ID)
// decides.

import { isRunning, type ContainerInfo, type Inventory } from '../containerd/model.js';
import type { ContainerRef } from './types.js';
import { parseReference, referenceString, withDefaultTag } from './reference.js';
import { contentOf, findRecord, imageIdsOf, isDangling, recordsOf } from './records.js';

/** Looks up the image the container's `image` field names, exactly or once normalised. */
function namedImageId(inventory: Inventory, image: string): string | null {
  const exact = findRecord(inventory, image);
  if (exact !== null) {
    return exact.target.digest;
  }
  try {
    const normalised = referenceString(withDefaultTag(parseReference(image)));
    return findRecord(inventory, normalised)?.target.digest ?? null;
  } catch {
    return null;
  }
}

/** Image IDs whose chain ID is `chainId`, images with a dangling record first, then in name order. */
function imagesWithChain(inventory: Inventory, chainId: string): readonly string[] {
  const ids = imageIdsOf(inventory).filter((id) => contentOf(inventory, id)?.chainId === chainId);
  const hasDangling = (id: string): boolean => recordsOf(inventory, id).some(isDangling);
  return [...ids.filter(hasDangling), ...ids.filter((id) => !hasDangling(id))];
}

/**
 * Returns the image ID the container uses, or null. The named image counts when its chain ID is
 * the parent of the container's snapshot, when its chain ID is unknown, or when the container has
 * no snapshot. Otherwise the
 * snapshot decides, and of several images with that chain ID the one with a dangling record wins,
 * because that record exists only to keep the content for containers.
 */
export function imageUsedBy(inventory: Inventory, container: ContainerInfo): string | null {
  const named = namedImageId(inventory, container.image);
  if (named !== null) {
    // An image whose config could not be read has no known chain ID. Its name then decides, so
    // that a read problem never lets an image in use go without a conflict.
    const chainId = contentOf(inventory, named)?.chainId ?? null;
    if (
      container.snapshotParent === null ||
      chainId === null ||
      chainId === container.snapshotParent
    ) {
      return named;
    }
  }
  if (container.snapshotParent === null) {
    return null;
  }
  return imagesWithChain(inventory, container.snapshotParent)[0] ?? null;
}

/** Returns the containers that use the image, running ones first, otherwise in inventory order. */
export function containersUsing(inventory: Inventory, imageId: string): readonly ContainerInfo[] {
  const users = inventory.containers.filter(
    (container) => imageUsedBy(inventory, container) === imageId,
  );
  return [
    ...users.filter((container) => isRunning(container.status)),
    ...users.filter((container) => !isRunning(container.status)),
  ];
}

/** Summarises a container for conflicts and listings. */
export function toContainerRef(container: ContainerInfo): ContainerRef {
  return {
    id: container.id,
    status: container.status,
    running: isRunning(container.status),
    image: container.image,
  };
}

/**
 * Reports whether a container could use one of the images a removal deletes, judged without the records:
 * its snapshot parent is one of their chain IDs, or its `image` field is one of their record
 * names. It is wider than `imageUsedBy` on purpose, so the executor can compare the containers it
 * reads with the ones the plan saw by the same test.
 */
export function mayUseImages(
  container: ContainerInfo,
  chainIds: readonly string[],
  recordNames: readonly string[],
): boolean {
  if (container.snapshotParent !== null && chainIds.includes(container.snapshotParent)) {
    return true;
  }
  if (recordNames.includes(container.image)) {
    return true;
  }
  try {
    return recordNames.includes(referenceString(withDefaultTag(parseReference(container.image))));
  } catch {
    return false;
  }
}

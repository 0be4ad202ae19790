// Parents by shared layers. An image P is a parent of C when P's layer list (`rootfs.diff_ids` of
// the same platform) is a strict prefix of C's. Deleting C prunes the dangling parents nearest
// first, so the intermediate images of a build go with the image built from them.

import type { ImageContent, Inventory } from '../containerd/model.js';
import { contentOf, imageIdsOf, isDanglingImage } from './records.js';
import { containersUsing } from './usage.js';

function isStrictPrefix(prefix: readonly string[], list: readonly string[]): boolean {
  return prefix.length < list.length && prefix.every((layer, index) => list[index] === layer);
}

/**
 * Reports whether `parent` is a parent of `child`: same platform, and its layers a strict prefix of
 * the child's.
 */
export function isParentOf(parent: ImageContent, child: ImageContent): boolean {
  // NOTE: an image without layers would be a prefix of every image. Its diff IDs are also empty
  // when its config could not be read, so such an image never counts as a parent.
  return (
    parent.id !== child.id &&
    parent.platform === child.platform &&
    parent.diffIds.length > 0 &&
    isStrictPrefix(parent.diffIds, child.diffIds)
  );
}

/**
 * Returns the parent image IDs of an image, nearest (most layers) first; on a tie dangling images
 * come first, then by ID. Work them out before the image is deleted.
 */
export function findParents(inventory: Inventory, imageId: string): readonly string[] {
  const child = contentOf(inventory, imageId);
  if (child === null) {
    return [];
  }
  const parents = imageIdsOf(inventory).flatMap((id) => {
    const content = contentOf(inventory, id);
    return content !== null && isParentOf(content, child)
      ? [{ id, layers: content.diffIds.length }]
      : [];
  });

  const dangling = (id: string): number => (isDanglingImage(inventory, id) ? 0 : 1);
  return parents
    .sort(
      (a, b) => b.layers - a.layers || dangling(a.id) - dangling(b.id) || a.id.localeCompare(b.id),
    )
    .map((parent) => parent.id);
}

/**
 * Returns the parents to prune, in order: the walk stops at the first parent that is not dangling
 * or that a container uses. `inventory` is the state after the child's records are gone.
 */
export function selectPrunableParents(
  inventory: Inventory,
  parents: readonly string[],
): readonly string[] {
  const prunable: string[] = [];
  for (const parent of parents) {
    if (!isDanglingImage(inventory, parent) || containersUsing(inventory, parent).length > 0) {
      break;
    }
    prunable.push(parent);
  }
  return prunable;
}

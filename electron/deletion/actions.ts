// Building the actions of a plan, the output lines each one produces, and their effect on an
// inventory, so that the planner can see the result of one input before it plans the next.

import type { ImageRecord, Inventory } from '../containerd/model.js';
import type { Action, ResultLine } from './types.js';
import { danglingName, familiarName, isDanglingName } from './reference.js';
import { compareByName, contentOf, imageIdsOf, withoutNameLabels } from './records.js';

/** Deletes the records in the given order; the last one is synchronous, as it frees the content. */
export function deleteImageActions(records: readonly ImageRecord[]): readonly Action[] {
  return records.map((record, index) => ({
    kind: 'delete-record',
    name: record.name,
    expectedDigest: record.target.digest,
    sync: index === records.length - 1,
  }));
}

/** Deletes names and leaves the content to other records: no synchronous delete. */
export function untagActions(records: readonly ImageRecord[]): readonly Action[] {
  return records.map((record) => ({
    kind: 'delete-record',
    name: record.name,
    expectedDigest: record.target.digest,
    sync: false,
  }));
}

/** Creates `moby-dangling@<ID>` from a record: same target, labels without the name labels. */
export function createDanglingAction(record: ImageRecord): Action {
  return {
    kind: 'create-dangling',
    name: danglingName(record.target.digest),
    target: record.target,
    labels: withoutNameLabels(record.labels),
  };
}

/**
 * Returns the lines an action prints: `Untagged:` for a name that is not dangling, and `Deleted:`
 * after the synchronous delete of an image's last record.
 */
export function linesOf(action: Action): readonly ResultLine[] {
  switch (action.kind) {
    case 'create-dangling':
      return [];
    case 'delete-record': {
      const lines: ResultLine[] = [];
      if (!isDanglingName(action.name, action.expectedDigest)) {
        lines.push({ kind: 'untagged', value: familiarName(action.name) });
      }
      if (action.sync) {
        lines.push({ kind: 'deleted', value: action.expectedDigest });
      }
      return lines;
    }
    default: {
      const unexpected: never = action;
      throw new Error(`unknown action ${JSON.stringify(unexpected)}`);
    }
  }
}

/** Returns the inventory as it is after the actions: records gone or added, content unchanged. */
export function applyActions(inventory: Inventory, actions: readonly Action[]): Inventory {
  let records = [...inventory.records];
  for (const action of actions) {
    switch (action.kind) {
      case 'create-dangling':
        records.push({
          name: action.name,
          target: action.target,
          labels: action.labels,
          createdAt: null,
          updatedAt: null,
        });
        break;
      case 'delete-record':
        records = records.filter((record) => record.name !== action.name);
        break;
      default: {
        const unexpected: never = action;
        throw new Error(`unknown action ${JSON.stringify(unexpected)}`);
      }
    }
  }
  records.sort(compareByName);
  return { ...inventory, records };
}

/** Blobs that the records of an inventory reach, by digest, with their sizes. */
function reachableBlobs(inventory: Inventory): ReadonlyMap<string, number> {
  const blobs = new Map<string, number>();
  for (const id of imageIdsOf(inventory)) {
    for (const blob of contentOf(inventory, id)?.blobs ?? []) {
      blobs.set(blob.digest, blob.size);
    }
  }
  return blobs;
}

/** Bytes of blobs that `before` reaches and `after` no longer does. */
export function freedBytesBetween(before: Inventory, after: Inventory): number {
  const kept = reachableBlobs(after);
  let freed = 0;
  for (const [digest, size] of reachableBlobs(before)) {
    if (!kept.has(digest)) {
      freed += size;
    }
  }
  return freed;
}

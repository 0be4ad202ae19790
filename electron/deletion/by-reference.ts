// Removing an image by reference: only names go while other names remain. The last name of an
// image in use goes only with force, and then a dangling record keeps the content.

import type { ImageRecord, Inventory } from '../containerd/model.js';
import { createDanglingAction, deleteImageActions, untagActions } from './actions.js';
import { referenceInUseConflict } from './conflicts.js';
import type { Decision } from './decision.js';
import type { Action } from './types.js';
import { danglingName, parseRecordName, repositoryName } from './reference.js';
import { findRecord, namedRecordsOf, recordsOf } from './records.js';
import type { Resolution } from './resolve.js';
import { containersUsing } from './usage.js';

type ReferenceResolution = Extract<Resolution, { readonly kind: 'reference' }>;

/**
 * Returns the records the input removes, the named one first. A digest names all records of its
 * repository. A tag takes along its repository's records with the same tag and, when no other tag
 * of that repository points at the image, the repository's `repo@digest` records.
 */
function recordsToRemove(inventory: Inventory, resolution: ReferenceResolution): ImageRecord[] {
  const [named] = resolution.records;
  if (named === undefined || resolution.reference.digest !== null) {
    return [...resolution.records];
  }
  const repository = repositoryName(resolution.reference);
  const tag = resolution.reference.tag;
  const sameRepository = namedRecordsOf(inventory, resolution.imageId).flatMap((record) => {
    const reference = parseRecordName(record.name);
    return record.name !== named.name &&
      reference !== null &&
      repositoryName(reference) === repository
      ? [{ record, tag: reference.tag }]
      : [];
  });
  const otherTag = sameRepository.some((entry) => entry.tag !== null && entry.tag !== tag);
  const alongside = sameRepository.filter(
    (entry) => entry.tag === tag || (entry.tag === null && !otherTag),
  );
  return [named, ...alongside.map((entry) => entry.record)];
}

/** Plans `rmi <reference>` for a resolved reference. */
export function decideByReference(
  inventory: Inventory,
  resolution: ReferenceResolution,
  force: boolean,
): Decision {
  const imageId = resolution.imageId;
  const removed = recordsToRemove(inventory, resolution);
  const removedNames = new Set(removed.map((record) => record.name));
  const remaining = namedRecordsOf(inventory, imageId).filter(
    (record) => !removedNames.has(record.name),
  );
  if (remaining.length > 0) {
    return act(untagActions(removed), { keptRecords: remaining });
  }

  const [user, ...otherUsers] = containersUsing(inventory, imageId);
  if (user !== undefined && !force) {
    const users = [user, ...otherUsers] as const;
    return {
      kind: 'conflict',
      conflict: referenceInUseConflict(resolution.displayName, imageId, users),
    };
  }
  if (user !== undefined) {
    return keepForContainers(inventory, removed);
  }

  const leftovers = recordsOf(inventory, imageId).filter(
    (record) => !removedNames.has(record.name),
  );
  return act(deleteImageActions([...removed, ...leftovers]), { deletesImage: true });
}

/**
 * Removes only the named record, as Docker 26 does with force: records that would have gone with
 * it, such as the repository's `repo@digest`, stay and keep the content. When no other record
 * remains, a dangling record keeps it for the containers.
 */
function keepForContainers(inventory: Inventory, removed: readonly ImageRecord[]): Decision {
  const [named, ...staying] = removed;
  if (named === undefined) {
    return act([], {});
  }
  if (staying.length > 0) {
    return act(untagActions([named]), {
      forced: true,
      keptRecords: staying,
    });
  }
  const existing = findRecord(inventory, danglingName(named.target.digest));
  const create = existing === null ? [createDanglingAction(named)] : [];
  return act([...create, ...untagActions([named])], {
    keptDangling: danglingName(named.target.digest),
    forced: true,
    keptRecords: existing === null ? [] : [existing],
  });
}

function act(
  actions: readonly Action[],
  options: {
    readonly deletesImage?: boolean;
    readonly keptDangling?: string;
    readonly forced?: boolean;
    readonly keptRecords?: readonly ImageRecord[];
  },
): Decision {
  return {
    kind: 'act',
    actions,
    deletesImage: options.deletesImage ?? false,
    keptDangling: options.keptDangling ?? null,
    forced: options.forced ?? false,
    keptRecords: options.keptRecords ?? [],
  };
}

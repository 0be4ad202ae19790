// Removing an image by ID: checks first, in Docker's order, and a failed check changes nothing.
// Then every record goes, in name order, and the image is deleted.

import {
  isRunning,
  type ContainerInfo,
  type ImageRecord,
  type Inventory,
} from '../containerd/model.js';
import { deleteImageActions } from './actions.js';
import {
  multipleReferencesConflict,
  runningContainerConflict,
  stoppedContainerConflict,
} from './conflicts.js';
import type { Decision } from './decision.js';
import { familiarName, parseRecordName, repositoryName } from './reference.js';
import { namedRecordsOf, recordsOf } from './records.js';
import { containersUsing } from './usage.js';

/**
 * Reports whether the names are one repository's tag and its own `repo@digest` records, which
 * count as a single reference: one repository, at most one tag.
 */
function isSingleRepository(records: readonly ImageRecord[]): boolean {
  const repositories = new Set<string>();
  const tags = new Set<string>();
  for (const record of records) {
    const reference = parseRecordName(record.name);
    if (reference === null) {
      // A name Docker cannot parse counts as a repository and a tag of its own.
      repositories.add(record.name);
      tags.add(record.name);
      continue;
    }
    repositories.add(repositoryName(reference));
    if (reference.tag !== null) {
      tags.add(reference.tag);
    }
  }
  return repositories.size <= 1 && tags.size <= 1;
}

function nonEmpty<T>(list: readonly T[]): readonly [T, ...T[]] | null {
  const [first, ...rest] = list;
  return first === undefined ? null : [first, ...rest];
}

/** Plans `rmi <ID>` for a resolved image ID. */
export function decideById(inventory: Inventory, imageId: string, force: boolean): Decision {
  const users = containersUsing(inventory, imageId);
  const running = nonEmpty(users.filter((container) => isRunning(container.status)));
  const stopped = nonEmpty(
    users.filter((container: ContainerInfo) => !isRunning(container.status)),
  );
  const named = namedRecordsOf(inventory, imageId);
  const manyNames = named.length > 1 && !isSingleRepository(named);

  if (running !== null) {
    return { kind: 'conflict', conflict: runningContainerConflict(imageId, running) };
  }
  if (!force && stopped !== null) {
    return { kind: 'conflict', conflict: stoppedContainerConflict(imageId, stopped) };
  }
  if (!force && manyNames) {
    const references = named.map((record) => familiarName(record.name));
    return { kind: 'conflict', conflict: multipleReferencesConflict(imageId, references) };
  }

  return {
    kind: 'act',
    actions: deleteImageActions(recordsOf(inventory, imageId)),
    deletesImage: true,
    keptDangling: null,
    forced: stopped !== null || manyNames,
    keptRecords: [],
  };
}

// The check just before an input runs: do the records and containers the plan relied on still look
// as they did? It reads single records by name and the containers once per request, never a
// listing of the whole namespace.

import { isRunning, type ContainerInfo } from '../containerd/model.js';
import type { ContainerdNamespace } from '../containerd/namespace.js';
import { shortId } from './reference.js';
import type { InputPlan, RecordState } from './types.js';
import { mayUseImages } from './usage.js';

type PlannedInput = Extract<InputPlan, { readonly kind: 'planned' }>;

async function describeRecordChange(
  namespace: ContainerdNamespace,
  expected: RecordState,
): Promise<string | null> {
  const record = await namespace.getRecord(expected.name);
  if (record === null) {
    return `record ${expected.name} no longer exists`;
  }
  if (record.target.digest !== expected.digest) {
    return `record ${expected.name} now points at image ${shortId(record.target.digest)}`;
  }
  return null;
}

function describeContainerChanges(
  input: PlannedInput,
  containers: readonly ContainerInfo[],
): readonly string[] {
  const guard = input.guard;
  if (guard === undefined || input.deleted.length === 0) {
    return [];
  }
  const deletedNames = input.actions.flatMap((action) =>
    action.kind === 'delete-record' ? [action.name] : [],
  );
  return containers.flatMap((container) => {
    if (!mayUseImages(container, guard.deletedChainIds, deletedNames)) {
      return [];
    }
    const seen = guard.containers.find((known) => known.id === container.id);
    if (seen === undefined) {
      return [`container ${shortId(container.id)} was created from an image to be deleted`];
    }
    if (isRunning(container.status) && !seen.running) {
      return [`container ${shortId(container.id)} started`];
    }
    return [];
  });
}

/**
 * Lists the changes since the plan that matter to this input, or nothing when it can run as
 * planned. A change is a record to delete that is gone or points elsewhere, a dangling record to
 * create that exists, or every record the decision counted on being gone or moved. A container that was
 * created or started and may use an image to be deleted is one too. Plans without a guard get only
 * the checks of the records their actions touch.
 *
 * NOTE: a new name for an image to be deleted is not seen, because finding it would take a
 * listing. The delete then leaves that name and its content in place.
 */
export async function findChanges(
  namespace: ContainerdNamespace,
  input: PlannedInput,
  containers: readonly ContainerInfo[],
): Promise<readonly string[]> {
  const changes: string[] = [];
  for (const action of input.actions) {
    if (action.kind === 'create-dangling') {
      if ((await namespace.getRecord(action.name)) !== null) {
        changes.push(`record ${action.name} already exists`);
      }
      continue;
    }
    const change = await describeRecordChange(namespace, {
      name: action.name,
      digest: action.expectedDigest,
    });
    if (change !== null) {
      changes.push(change);
    }
  }
  changes.push(...(await describeKeptRecordChanges(namespace, input.guard?.keptRecords ?? [])));
  changes.push(...describeContainerChanges(input, containers));
  return changes;
}

/**
 * Returns nothing when at least one of the kept records is unchanged, which is all the decision
 * needs (another name keeps the image, or a record keeps its content), else every change. It
 * stops at the first unchanged record, so an image with many names costs one lookup, not one per
 * name.
 */
async function describeKeptRecordChanges(
  namespace: ContainerdNamespace,
  kept: readonly RecordState[],
): Promise<readonly string[]> {
  const changes: string[] = [];
  for (const record of kept) {
    const change = await describeRecordChange(namespace, record);
    if (change === null) {
      return [];
    }
    changes.push(change);
  }
  return changes;
}

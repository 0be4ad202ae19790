// `tag SOURCE TARGET` as `docker tag` does it on the containerd image store: the new name points at
// the source image. A name that moves away from an image in use leaves a dangling record behind,
// so the container keeps its content.

import type { ImageRecord, Inventory } from '../containerd/model.js';
import type { ContainerdNamespace } from '../containerd/namespace.js';
import { QuaysideError } from '../errors.js';
import type { TagResult } from '../ipc/contract.js';
import type { Logger } from '../log.js';
import {
  danglingName,
  familiarString,
  parseReference,
  referenceString,
  withDefaultTag,
  type Reference,
} from './reference.js';
import { findRecord, namedRecordsOf, recordsOf, withoutNameLabels } from './records.js';
import { resolveInput } from './resolve.js';
import { containersUsing } from './usage.js';

/** Parses TARGET: a name, normalised, with `latest` added. A digest is rejected. */
function parseTarget(target: string): Reference {
  if (target.trim() === '') {
    throw new QuaysideError('invalid-argument', 'image name cannot be blank');
  }
  const reference = withDefaultTag(parseReference(target));
  if (reference.digest !== null) {
    throw new QuaysideError('invalid-argument', 'refusing to create a tag with a digest reference');
  }
  return reference;
}

/** Returns a record of the source image to copy: the one the input names, else the first. */
function sourceRecord(inventory: Inventory, source: string): ImageRecord {
  const resolution = resolveInput(inventory, source);
  if (resolution.kind === 'failed') {
    throw new QuaysideError(resolution.error.kind, resolution.error.message);
  }
  const record =
    resolution.kind === 'reference'
      ? resolution.records[0]
      : recordsOf(inventory, resolution.imageId)[0];
  if (record === undefined) {
    throw new QuaysideError('not-found', `No such image: ${source}`);
  }
  return record;
}

/**
 * Keeps the old image of a name that moves as a dangling record when the name is its last one
 * and a container uses it. Returns the dangling record's name, or null when none is needed.
 */
async function keepReplacedImage(
  namespace: ContainerdNamespace,
  inventory: Inventory,
  replaced: ImageRecord,
  log: Logger,
): Promise<string | null> {
  const imageId = replaced.target.digest;
  const otherNames = namedRecordsOf(inventory, imageId).filter(
    (record) => record.name !== replaced.name,
  );
  if (otherNames.length > 0 || containersUsing(inventory, imageId).length === 0) {
    return null;
  }
  const name = danglingName(imageId);
  if (findRecord(inventory, name) === null) {
    await namespace.createRecord({
      name,
      target: replaced.target,
      labels: withoutNameLabels(replaced.labels),
    });
    log.info('created dangling record', { name, digest: imageId });
  }
  return name;
}

/**
 * Points TARGET at the image SOURCE names, as `docker tag`. SOURCE resolves like an `rmi` input.
 * An existing TARGET is re-pointed, and tagging onto the name it already has changes nothing.
 * A dangling record of the source image goes once the new name exists. Throws QuaysideError.
 */
export async function tagImage(
  namespace: ContainerdNamespace,
  source: string,
  target: string,
  log: Logger,
): Promise<TagResult> {
  const inventory = await namespace.readInventory();
  const from = sourceRecord(inventory, source);
  const targetReference = parseTarget(target);
  const name = referenceString(targetReference);
  const imageId = from.target.digest;
  const spec = { name, target: from.target, labels: withoutNameLabels(from.labels) };
  const existing = findRecord(inventory, name);
  const result = { source, target: familiarString(targetReference), imageId };

  if (existing !== null && existing.target.digest === imageId) {
    return { ...result, replacedImageId: null, keptDangling: null };
  }
  let keptDangling: string | null = null;
  if (existing === null) {
    await namespace.createRecord(spec);
  } else {
    keptDangling = await keepReplacedImage(namespace, inventory, existing, log);
    await namespace.updateRecord(spec);
  }
  log.info('tagged image', { name, digest: imageId, replaced: existing?.target.digest ?? null });

  const sourceDangling = findRecord(inventory, danglingName(imageId));
  if (sourceDangling !== null) {
    await namespace.deleteRecord(sourceDangling.name, { sync: false });
    log.info('removed image record', { name: sourceDangling.name, digest: imageId });
  }
  return { ...result, replacedImageId: existing?.target.digest ?? null, keptDangling };
}

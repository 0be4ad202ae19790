// The images table: one row per named record, and one `<none>` row per image that only a dangling
// record keeps, in the order `docker images` shows them.

import type { ImageContent, ImageRecord, Inventory } from '../containerd/model.js';
import { isParentOf } from '../deletion/parents.js';
import {
  familiarRepository,
  familiarString,
  parseRecordName,
  shortId,
} from '../deletion/reference.js';
import { contentOf, isDangling, namedRecordsOf } from '../deletion/records.js';
import type { ContainerRef } from '../deletion/types.js';
import { imageUsedBy, toContainerRef } from '../deletion/usage.js';
import type { ImageListing, ImageRow } from '../ipc/contract.js';
import { createdSince, formatTable, humanSize } from './format.js';
import { compareNewestFirst, compareText } from './order.js';

const none = '<none>';

/** Groups the containers by the image they use, running ones first. */
function containersByImage(inventory: Inventory): ReadonlyMap<string, readonly ContainerRef[]> {
  const byImage = new Map<string, ContainerRef[]>();
  for (const container of inventory.containers) {
    const imageId = imageUsedBy(inventory, container);
    if (imageId !== null) {
      byImage.set(imageId, [...(byImage.get(imageId) ?? []), toContainerRef(container)]);
    }
  }
  for (const [imageId, refs] of byImage) {
    byImage.set(imageId, [
      ...refs.filter((ref) => ref.running),
      ...refs.filter((ref) => !ref.running),
    ]);
  }
  return byImage;
}

/** Reports whether the image is a parent of another image of the inventory. */
function isParentOfAny(inventory: Inventory, parent: ImageContent | null): boolean {
  if (parent === null) {
    return false;
  }
  return [...inventory.content.values()].some((child) => isParentOf(parent, child));
}

function nameColumns(
  record: ImageRecord,
): Pick<ImageRow, 'familiar' | 'repository' | 'tag' | 'digest'> {
  if (isDangling(record)) {
    return { familiar: null, repository: none, tag: none, digest: null };
  }
  const reference = parseRecordName(record.name);
  if (reference === null) {
    return { familiar: record.name, repository: record.name, tag: none, digest: null };
  }
  return {
    familiar: familiarString(reference),
    repository: familiarRepository(reference),
    tag: reference.tag ?? none,
    digest: reference.digest,
  };
}

function toRow(
  inventory: Inventory,
  record: ImageRecord,
  containers: readonly ContainerRef[],
): ImageRow {
  const imageId = record.target.digest;
  const content = contentOf(inventory, imageId);
  const dangling = isDangling(record);
  return {
    key: record.name,
    name: record.name,
    ...nameColumns(record),
    imageId,
    shortId: shortId(imageId),
    created: content?.created ?? null,
    size: content?.size ?? 0,
    dangling,
    intermediate: dangling && isParentOfAny(inventory, content),
    containers,
    problem: content === null ? 'the content of this image was not read' : content.problem,
  };
}

/** Orders rows as `docker images`: newest first, then by name; rows without a time go last. */
function compareRows(a: ImageRow, b: ImageRow): number {
  return compareNewestFirst(a.created, b.created) || compareText(a.key, b.key);
}

/**
 * Lists the images of an inventory. A dangling record gives a row only when no named record points
 * at the same image, and it is marked `intermediate` when it is a parent of another image.
 */
export function listImages(inventory: Inventory): ImageListing {
  const users = containersByImage(inventory);
  const rows = inventory.records
    .filter(
      (record) =>
        !isDangling(record) || namedRecordsOf(inventory, record.target.digest).length === 0,
    )
    .map((record) => toRow(inventory, record, users.get(record.target.digest) ?? []))
    .sort(compareRows);
  return {
    address: inventory.address,
    namespace: inventory.namespace,
    readAt: inventory.readAt,
    rows,
  };
}

/** Summarises the containers that use an image: `1 running, 2 stopped`, or empty. */
function inUse(containers: readonly ContainerRef[]): string {
  const running = containers.filter((ref) => ref.running).length;
  const stopped = containers.length - running;
  const parts = [
    ...(running > 0 ? [`${running} running`] : []),
    ...(stopped > 0 ? [`${stopped} stopped`] : []),
  ];
  return parts.join(', ');
}

/** Options of the images table. */
export interface ImagesTableOptions {
  /** Shows intermediate images too, as `-a` does. */
  readonly all: boolean;
  /** The time CREATED counts from; the current time when left out. */
  readonly now?: Date;
}

/** Formats the images table: REPOSITORY, TAG, IMAGE ID, CREATED, SIZE and IN USE. */
export function formatImagesTable(rows: readonly ImageRow[], options: ImagesTableOptions): string {
  const now = options.now ?? new Date();
  const shown = rows.filter((row) => options.all || !row.intermediate);
  return formatTable([
    ['REPOSITORY', 'TAG', 'IMAGE ID', 'CREATED', 'SIZE', 'IN USE'],
    ...shown.map((row) => [
      row.repository,
      row.tag,
      row.shortId,
      createdSince(row.created, now),
      humanSize(row.size),
      inUse(row.containers),
    ]),
  ]).join('\n');
}

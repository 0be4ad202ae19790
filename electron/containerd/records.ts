// Reads and writes image records: Images.Get, List, Create, Update and Delete.

import { QuaysideError } from '../errors.js';
import { compareCodeUnits, fromWireImage, toWireDescriptor } from './convert.js';
import type { ImagesClient } from './generated/containerd/services/images/v1/Images.js';
import type { CreateImageResponse__Output } from './generated/containerd/services/images/v1/CreateImageResponse.js';
import type { GetImageResponse__Output } from './generated/containerd/services/images/v1/GetImageResponse.js';
import type { ListImagesResponse__Output } from './generated/containerd/services/images/v1/ListImagesResponse.js';
import type { UpdateImageResponse__Output } from './generated/containerd/services/images/v1/UpdateImageResponse.js';
import type { Empty__Output } from './generated/google/protobuf/Empty.js';
import type { ImageRecord } from './model.js';
import type { RecordSpec } from './namespace.js';
import { type CallSettings, unary } from './rpc.js';

/** A synchronous delete waits for a full garbage collection, which removes snapshots too. */
const syncDeleteTimeoutMs = 120_000;

function recordOf(image: GetImageResponse__Output['image'], operation: string): ImageRecord {
  if (image === null) {
    throw new QuaysideError('internal', `${operation} returned no image`);
  }
  return fromWireImage(image);
}

/** Lists every record of the namespace, sorted by name. */
export async function listRecords(
  images: ImagesClient,
  settings: CallSettings,
): Promise<ImageRecord[]> {
  const response = await unary<ListImagesResponse__Output>(
    settings,
    'Images.List',
    (md, options, done) => images.List({ filters: [] }, md, options, done),
  );
  const records = response.images.map(fromWireImage);
  return records.sort((left, right) => compareCodeUnits(left.name, right.name));
}

/** Reads one record by exact name; null when there is none. */
export async function getRecord(
  images: ImagesClient,
  settings: CallSettings,
  name: string,
): Promise<ImageRecord | null> {
  try {
    const response = await unary<GetImageResponse__Output>(
      settings,
      'Images.Get',
      (md, options, done) => images.Get({ name }, md, options, done),
    );
    return recordOf(response.image, 'Images.Get');
  } catch (error) {
    if (error instanceof QuaysideError && error.kind === 'not-found') {
      return null;
    }
    throw error;
  }
}

function wireImage(spec: RecordSpec): {
  name: string;
  labels: Record<string, string>;
  target: ReturnType<typeof toWireDescriptor>;
} {
  return { name: spec.name, labels: { ...spec.labels }, target: toWireDescriptor(spec.target) };
}

/** Creates a record; containerd rejects an existing name with ALREADY_EXISTS, a `conflict`. */
export async function createRecord(
  images: ImagesClient,
  settings: CallSettings,
  spec: RecordSpec,
): Promise<ImageRecord> {
  const image = wireImage(spec);
  const response = await unary<CreateImageResponse__Output>(
    settings,
    'Images.Create',
    (md, options, done) => images.Create({ image }, md, options, done),
  );
  return recordOf(response.image, 'Images.Create');
}

/** Points an existing record at `spec.target` and replaces its labels. */
export async function updateRecord(
  images: ImagesClient,
  settings: CallSettings,
  spec: RecordSpec,
): Promise<ImageRecord> {
  const image = wireImage(spec);
  const updateMask = { paths: ['target', 'labels'] };
  const response = await unary<UpdateImageResponse__Output>(
    settings,
    'Images.Update',
    (md, options, done) => images.Update({ image, update_mask: updateMask }, md, options, done),
  );
  return recordOf(response.image, 'Images.Update');
}

/** Deletes a record; with `sync` the call returns after garbage collection freed its content. */
export async function deleteRecord(
  images: ImagesClient,
  settings: CallSettings,
  name: string,
  sync: boolean,
): Promise<void> {
  const callSettings = sync ? { ...settings, timeoutMs: syncDeleteTimeoutMs } : settings;
  await unary<Empty__Output>(callSettings, 'Images.Delete', (md, options, done) =>
    images.Delete({ name, sync }, md, options, done),
  );
}

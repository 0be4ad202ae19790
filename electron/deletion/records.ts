// Lookups on the records of an inventory that every deletion step needs: which records point at an
// image, which of them are dangling, and what the content store contains for it.

import type { ImageContent, ImageRecord, Inventory } from '../containerd/model.js';
import { isDanglingName } from './reference.js';

/** Labels containerd and OCI tools use to store a record's own name. */
const nameLabels: readonly string[] = [
  'io.containerd.image.name',
  'org.opencontainers.image.ref.name',
];

/** Reports whether a record is the dangling record of its target. */
export function isDangling(record: ImageRecord): boolean {
  return isDanglingName(record.name, record.target.digest);
}

/** Returns every record whose target is the image ID, in name order. */
export function recordsOf(inventory: Inventory, imageId: string): readonly ImageRecord[] {
  return inventory.records.filter((record) => record.target.digest === imageId);
}

/** Returns the records of an image that are not dangling, in name order. */
export function namedRecordsOf(inventory: Inventory, imageId: string): readonly ImageRecord[] {
  return recordsOf(inventory, imageId).filter((record) => !isDangling(record));
}

/** Reports whether the image has records and every one of them is dangling. */
export function isDanglingImage(inventory: Inventory, imageId: string): boolean {
  const records = recordsOf(inventory, imageId);
  return records.length > 0 && records.every(isDangling);
}

/** Returns the distinct image IDs of the records, in the order their first record appears. */
export function imageIdsOf(inventory: Inventory): readonly string[] {
  return [...new Set(inventory.records.map((record) => record.target.digest))];
}

/** Returns the record with exactly this name, or null. */
export function findRecord(inventory: Inventory, name: string): ImageRecord | null {
  return inventory.records.find((record) => record.name === name) ?? null;
}

/** Returns the content of an image, or null when the inventory has none for it. */
export function contentOf(inventory: Inventory, imageId: string): ImageContent | null {
  return inventory.content.get(imageId) ?? null;
}

/** Copies a record's labels without the ones that store its own name, for a copy under another name. */
export function withoutNameLabels(
  labels: Readonly<Record<string, string>>,
): Readonly<Record<string, string>> {
  return Object.fromEntries(Object.entries(labels).filter(([key]) => !nameLabels.includes(key)));
}

/** Orders records by name as containerd lists them: by code unit, not by locale. */
export function compareByName(a: ImageRecord, b: ImageRecord): number {
  if (a.name === b.name) {
    return 0;
  }
  return a.name < b.name ? -1 : 1;
}

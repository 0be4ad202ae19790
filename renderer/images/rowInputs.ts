// The inputs that a Delete or Tag on a row passes to the engine.

import type { ImageRow } from '../../electron/ipc/contract.js';

/** Returns the input that deletes the row's name: the record name, or a dangling row's image ID. */
export function referenceInput(row: ImageRow): string {
  return row.dangling ? row.imageId : row.name;
}

/** Returns the row's label in the table and its controls: the familiar name, or the short ID. */
export function rowLabel(row: ImageRow): string {
  return row.familiar ?? `<none> ${row.shortId}`;
}

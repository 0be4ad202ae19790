// What a Delete or Tag on a row passes to the engine.

import type { ImageRow } from '../../electron/ipc/contract.js';

/** The input that deletes the row's name: the record name, or the image ID of a dangling row. */
export function referenceInput(row: ImageRow): string {
  return row.dangling ? row.imageId : row.name;
}

/** How the table and its controls name a row: the familiar name, or the short ID. */
export function rowLabel(row: ImageRow): string {
  return row.familiar ?? `<none> ${row.shortId}`;
}

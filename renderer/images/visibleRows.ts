// The image rows the table shows, in order: one listing with the intermediate toggle, the filter
// box and the sort column applied.

import type { ImageRow } from '../../electron/ipc/contract.js';

/** A sortable column of the images table. */
export type ImageSortColumn = 'repository' | 'tag' | 'imageId' | 'created' | 'size';

/** A column and its direction. */
export interface ImageSort {
  readonly column: ImageSortColumn;
  readonly direction: 'ascending' | 'descending';
}

/** What decides the visible rows. */
export interface RowView {
  readonly sort: ImageSort;
  readonly filter: string;
  readonly showIntermediate: boolean;
}

function compareText(a: string, b: string): number {
  return a.localeCompare(b, 'en');
}

function compareRows(a: ImageRow, b: ImageRow, column: ImageSortColumn): number {
  switch (column) {
    case 'repository':
      return compareText(a.repository, b.repository) || compareText(a.tag, b.tag);
    case 'tag':
      return compareText(a.tag, b.tag);
    case 'imageId':
      return compareText(a.imageId, b.imageId);
    case 'created':
      return (Date.parse(a.created ?? '') || 0) - (Date.parse(b.created ?? '') || 0);
    case 'size':
      return a.size - b.size;
    default: {
      const unknown: never = column;
      throw new Error(`unknown sort column ${String(unknown)}`);
    }
  }
}

/** Returns whether `row` matches the filter text, in its name, tag or image ID. */
export function matchesFilter(row: ImageRow, filter: string): boolean {
  const needle = filter.trim().toLowerCase();
  if (needle === '') {
    return true;
  }
  const haystack = [row.name, row.familiar ?? '', row.repository, row.tag, row.imageId];
  return haystack.some((text) => text.toLowerCase().includes(needle));
}

/** Returns the rows the table shows, filtered and sorted; ties keep the key order. */
export function visibleRows(rows: readonly ImageRow[], view: RowView): readonly ImageRow[] {
  const matching = rows.filter(
    (row) => (view.showIntermediate || !row.intermediate) && matchesFilter(row, view.filter),
  );
  const sign = view.sort.direction === 'ascending' ? 1 : -1;
  return matching.sort(
    (a, b) => sign * compareRows(a, b, view.sort.column) || compareText(a.key, b.key),
  );
}

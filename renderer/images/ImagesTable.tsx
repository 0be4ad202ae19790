import { useCallback, useRef } from 'react';

import type { SelectMode } from '../stores/images.js';
import { useImages } from '../stores/hooks.js';
import { ImageRowView } from './ImageRowView.js';
import { SelectAllBox } from './SelectAllBox.js';
import { SortHeader } from './SortHeader.js';
import { useImageActions } from './useImageActions.js';
import { useNow } from './useNow.js';
import { useRowKeys } from './useRowKeys.js';
import { useVisibleRows } from './useVisibleRows.js';

const columnCount = 8;

function EmptyRow({ text }: { text: string }) {
  return (
    <tr>
      <td colSpan={columnCount} className="cell-empty">
        {text}
      </td>
    </tr>
  );
}

function emptyText(total: number | null, loading: boolean, filtered: boolean): string {
  if (total === null) {
    return loading ? 'Loading images…' : 'No images to show.';
  }
  if (total === 0) {
    return 'No images in this namespace.';
  }
  return filtered
    ? 'No image matches the filter.'
    : 'Every image here is intermediate. Turn on "Show intermediate images" to see them.';
}

/** Renders the images of the namespace, one row per record: sortable, filterable, multi-select. */
export function ImagesTable({ labelledBy }: { labelledBy: string }) {
  const rows = useVisibleRows();
  const total = useImages((state) => state.listing?.rows.length ?? null);
  const loading = useImages((state) => state.loading);
  const filtered = useImages((state) => state.filter.trim() !== '');
  const focused = useImages((state) => state.focused);
  const select = useImages((state) => state.select);
  const actions = useImageActions();
  const now = useNow();
  const rowElements = useRef(new Map<string, HTMLTableRowElement>());

  const rowRef = useCallback((key: string, element: HTMLTableRowElement | null) => {
    if (element === null) {
      rowElements.current.delete(key);
    } else {
      rowElements.current.set(key, element);
    }
  }, []);
  const focusRow = useCallback((key: string) => {
    rowElements.current.get(key)?.focus();
  }, []);
  const onSelect = useCallback(
    (key: string, mode: SelectMode) => {
      select(
        key,
        mode,
        rows.map((row) => row.key),
      );
    },
    [select, rows],
  );
  const onKeyDown = useRowKeys(rows, focusRow, actions);

  const tabbableKey = rows.some((row) => row.key === focused) ? focused : (rows[0]?.key ?? null);
  return (
    <table className="table" aria-labelledby={labelledBy}>
      <thead>
        <tr>
          <th scope="col" className="cell-select">
            <SelectAllBox rows={rows} />
          </th>
          <SortHeader column="repository" label="Repository" />
          <SortHeader column="tag" label="Tag" className="cell-tag" />
          <SortHeader column="imageId" label="Image ID" className="cell-fit" />
          <SortHeader column="created" label="Created" className="cell-fit" />
          <SortHeader column="size" label="Size" className="cell-fit cell-number" />
          <th scope="col" className="cell-in-use">
            In use
          </th>
          <th scope="col" className="cell-actions">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <ImageRowView
            key={row.key}
            row={row}
            tabbable={row.key === tabbableKey}
            now={now}
            onSelect={onSelect}
            onKeyDown={onKeyDown}
            rowRef={rowRef}
          />
        ))}
        {rows.length === 0 && <EmptyRow text={emptyText(total, loading, filtered)} />}
      </tbody>
    </table>
  );
}

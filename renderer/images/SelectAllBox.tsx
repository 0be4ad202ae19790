import { useEffect, useRef } from 'react';

import type { ImageRow } from '../../electron/ipc/contract.js';
import { useImages } from '../stores/hooks.js';

/** Renders the header checkbox, which selects every visible row or clears the selection. */
export function SelectAllBox({ rows }: { rows: readonly ImageRow[] }) {
  const selection = useImages((state) => state.selection);
  const setSelection = useImages((state) => state.setSelection);
  const box = useRef<HTMLInputElement>(null);
  const selectedCount = rows.filter((row) => selection.has(row.key)).length;
  const all = rows.length > 0 && selectedCount === rows.length;

  useEffect(() => {
    if (box.current !== null) {
      box.current.indeterminate = selectedCount > 0 && !all;
    }
  }, [selectedCount, all]);

  return (
    <input
      ref={box}
      type="checkbox"
      aria-label="Select all images"
      checked={all}
      disabled={rows.length === 0}
      onChange={() => {
        setSelection(all ? [] : rows.map((row) => row.key));
      }}
    />
  );
}

import { useMemo } from 'react';

import type { ImageRow } from '../../electron/ipc/contract.js';
import { useImages } from '../stores/hooks.js';
import { visibleRows } from './visibleRows.js';

/** Returns the rows the images table shows, recomputed only when their inputs change. */
export function useVisibleRows(): readonly ImageRow[] {
  const listing = useImages((state) => state.listing);
  const sort = useImages((state) => state.sort);
  const filter = useImages((state) => state.filter);
  const showIntermediate = useImages((state) => state.showIntermediate);
  return useMemo(
    () => visibleRows(listing?.rows ?? [], { sort, filter, showIntermediate }),
    [listing, sort, filter, showIntermediate],
  );
}

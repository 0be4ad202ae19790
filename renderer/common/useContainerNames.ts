import { useMemo } from 'react';

import { shortContainerId } from '../format/shortId.js';
import { useContainers } from '../stores/hooks.js';

/** Returns a function from a container ID to its name, or to the ID that shortContainerId shows. */
export function useContainerNames(): (id: string) => string {
  const listing = useContainers((state) => state.listing);
  return useMemo(() => {
    const names = new Map<string, string>();
    for (const row of listing?.rows ?? []) {
      if (row.name !== null) {
        names.set(row.id, row.name);
      }
    }
    return (id: string) => names.get(id) ?? shortContainerId(id);
  }, [listing]);
}

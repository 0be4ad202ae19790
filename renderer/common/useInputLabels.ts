import { useMemo } from 'react';

import { useImages } from '../stores/hooks.js';

/**
 * Returns a function from a removal input to the name the table shows for it. A record name
 * becomes its familiar name, and anything else, such as an image ID, stays as typed.
 */
export function useInputLabels(): (input: string) => string {
  const listing = useImages((state) => state.listing);
  return useMemo(() => {
    const labels = new Map<string, string>();
    for (const row of listing?.rows ?? []) {
      if (row.familiar !== null) {
        labels.set(row.name, row.familiar);
      }
    }
    return (input: string) => labels.get(input) ?? input;
  }, [listing]);
}

import { useMemo } from 'react';

import { shortId } from '../format/shortId.js';
import { useImages } from '../stores/hooks.js';

const fullId = /^(sha256:)?[0-9a-f]{64}$/;

/**
 * Returns a function from a removal input to the name the table shows for it. A record name
 * becomes its familiar name, a full image ID its 12-digit short ID, and anything else, such as
 * an ID prefix, stays as typed.
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
    return (input: string) => labels.get(input) ?? (fullId.test(input) ? shortId(input) : input);
  }, [listing]);
}

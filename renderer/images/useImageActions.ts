import { useCallback } from 'react';

import type { ImageRow } from '../../electron/ipc/contract.js';
import { useStores } from '../stores/StoresContext.js';
import { referenceInput } from './rowInputs.js';

/** The row actions: Delete by name or by ID with the Force and Prune switches, and Tag. */
export interface ImageActions {
  /** Deletes the selected visible rows, or `fallback` when none is selected. */
  readonly deleteSelected: (visible: readonly ImageRow[], fallback: ImageRow | null) => void;
  readonly deleteByReference: (row: ImageRow) => void;
  readonly deleteById: (row: ImageRow) => void;
  readonly tag: (row: ImageRow) => void;
}

/** Returns the row actions, bound to the window's stores. */
export function useImageActions(): ImageActions {
  const stores = useStores();

  const startRemoval = useCallback(
    (inputs: readonly string[]) => {
      if (inputs.length === 0 || stores.removal.getState().step.kind !== 'idle') {
        return;
      }
      const { force, prune } = stores.settings.getState();
      void stores.removal.getState().start({ inputs, force, prune });
    },
    [stores],
  );

  return {
    deleteSelected: (visible, fallback) => {
      const { selection } = stores.images.getState();
      const selected = visible.filter((row) => selection.has(row.key));
      if (selected.length > 0) {
        startRemoval(selected.map(referenceInput));
      } else if (fallback !== null) {
        startRemoval([referenceInput(fallback)]);
      }
    },
    deleteByReference: (row) => {
      startRemoval([referenceInput(row)]);
    },
    deleteById: (row) => {
      startRemoval([row.imageId]);
    },
    tag: (row) => {
      stores.tagging.getState().open(row.dangling ? row.imageId : row.name);
    },
  };
}

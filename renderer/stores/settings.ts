// The two switches of `docker rmi` that every Delete uses.

import { createStore, type StoreApi } from 'zustand/vanilla';

/** The Force and Prune switches beside the Delete button. */
export interface SettingsState {
  /** Off by default: a conflict stops the delete until the user forces it. */
  readonly force: boolean;
  /** On by default, as in `docker rmi`: dangling parents go with the image. */
  readonly prune: boolean;
  readonly setForce: (force: boolean) => void;
  readonly setPrune: (prune: boolean) => void;
}

/** Creates the settings store with Force off and Prune on. */
export function createSettingsStore(): StoreApi<SettingsState> {
  return createStore<SettingsState>()((set) => ({
    force: false,
    prune: true,
    setForce: (force) => {
      set({ force });
    },
    setPrune: (prune) => {
      set({ prune });
    },
  }));
}

// The containers of the namespace, as the containers table and the in-use badges show them.

import { createStore, type StoreApi } from 'zustand/vanilla';

import type { ContainerListing, QuaysideApi } from '../../electron/ipc/contract.js';
import { toApiError, type Problem } from '../api/ApiError.js';
import type { FailureListener } from './connection.js';

/** The containers listing and how loading it went. */
export interface ContainersState {
  readonly listing: ContainerListing | null;
  readonly loading: boolean;
  readonly error: Problem | null;
  readonly load: () => Promise<void>;
  readonly clear: () => void;
}

/** Creates the containers store on `api`; a failed load goes to `onFailure` as well. */
export function createContainersStore(
  api: QuaysideApi,
  onFailure: FailureListener = () => undefined,
): StoreApi<ContainersState> {
  let latest = 0;
  return createStore<ContainersState>()((set) => ({
    listing: null,
    loading: false,
    error: null,

    load: async () => {
      // Only the newest of overlapping loads may write, so an old reply never replaces a new one.
      const call = ++latest;
      set({ loading: true });
      try {
        const listing = await api.containers.list();
        if (call === latest) {
          set({ listing, loading: false, error: null });
        }
      } catch (error) {
        const problem = toApiError(error);
        onFailure(problem);
        if (call === latest) {
          set({ loading: false, error: problem });
        }
      }
    },

    clear: () => {
      latest += 1;
      set({ listing: null, loading: false, error: null });
    },
  }));
}

// The Tag dialog: `quayside tag SOURCE TARGET` from an image row.

import { createStore, type StoreApi } from 'zustand/vanilla';

import type { QuaysideApi, TagResult } from '../../electron/ipc/contract.js';
import { toApiError, type Problem } from '../api/ApiError.js';
import type { FailureListener } from './connection.js';

/** The Tag dialog's state. */
export type TagStep =
  | { readonly kind: 'closed' }
  | {
      readonly kind: 'editing';
      /** The row's name, or its image ID for a dangling row. */
      readonly source: string;
      readonly saving: boolean;
      readonly error: Problem | null;
    }
  | { readonly kind: 'done'; readonly result: TagResult };

/** The Tag dialog's step and its actions. */
export interface TaggingState {
  readonly step: TagStep;
  readonly open: (source: string) => void;
  /** Calls `images.tag(source, target)`; an error keeps the dialog open and shows it. */
  readonly submit: (target: string) => Promise<void>;
  readonly close: () => void;
}

/**
 * Creates the tagging store on `api`. `afterTag` runs after a new name was created, and a failed
 * tag call goes to `onFailure` as well.
 */
export function createTaggingStore(
  api: QuaysideApi,
  afterTag: () => Promise<void>,
  onFailure: FailureListener = () => undefined,
): StoreApi<TaggingState> {
  return createStore<TaggingState>()((set, get) => ({
    step: { kind: 'closed' },

    open: (source) => {
      set({ step: { kind: 'editing', source, saving: false, error: null } });
    },

    submit: async (target) => {
      const { step } = get();
      if (step.kind !== 'editing' || step.saving) {
        return;
      }
      set({ step: { ...step, saving: true, error: null } });
      try {
        const result = await api.images.tag(step.source, target);
        set({ step: { kind: 'done', result } });
        await afterTag();
      } catch (error) {
        const problem = toApiError(error);
        onFailure(problem);
        set({ step: { ...step, saving: false, error: problem } });
      }
    },

    close: () => {
      if (isSaving(get().step)) {
        return;
      }
      set({ step: { kind: 'closed' } });
    },
  }));
}

function isSaving(step: TagStep): boolean {
  return step.kind === 'editing' && step.saving;
}

// The removal flow: plan, show the plan or its conflicts, and remove only what the user confirmed,
// by the plan's fingerprint, so a namespace that changed in between stops the removal.

import { createStore, type StoreApi } from 'zustand/vanilla';

import type { QuaysideApi, RemovalRequest } from '../../electron/ipc/contract.js';
import { toApiError } from '../api/ApiError.js';
import type { FailureListener } from './connection.js';
import { sortInputs, stepForPlan, type ConflictInput, type RemovalStep } from './removalSteps.js';

/** The removal dialogs' step and what moves it on. */
export interface RemovalState {
  readonly step: RemovalStep;
  /** Plans `request` and opens the dialog that shows the plan. */
  readonly start: (request: RemovalRequest) => Promise<void>;
  /** From a conflict: plans the same inputs again with force. */
  readonly force: () => Promise<void>;
  /** From a conflict: confirms the inputs that need no force; the others fail when it runs. */
  readonly skipConflicts: () => void;
  /** From a failed call: plans the same request again and opens the dialog that shows it. */
  readonly review: () => Promise<void>;
  /** From the confirmation: removes what the plan lists, by its fingerprint. */
  readonly confirm: () => Promise<void>;
  /** Closes whichever dialog is open, changing nothing. */
  readonly cancel: () => void;
}

/** Callbacks the removal store runs once something may have been removed. */
export interface RemovalHooks {
  readonly afterRemove: () => Promise<void>;
  /** Receives a plan or remove call that failed as a whole. */
  readonly onFailure?: FailureListener;
}

/** Creates the removal store on `api`. */
export function createRemovalStore(api: QuaysideApi, hooks: RemovalHooks): StoreApi<RemovalState> {
  // Each plan call gets a number; a reply for an older number, or after Cancel, is dropped.
  let run = 0;

  return createStore<RemovalState>()((set, get) => {
    const plan = async (request: RemovalRequest, overridden: readonly ConflictInput[]) => {
      const call = ++run;
      set({ step: { kind: 'planning', request } });
      try {
        const result = await api.images.plan({ ...request, inputs: [...request.inputs] });
        if (call === run) {
          set({ step: stepForPlan(result, overridden) });
        }
      } catch (error) {
        const problem = toApiError(error);
        hooks.onFailure?.(problem);
        if (call === run) {
          set({ step: { kind: 'failed', stage: 'plan', error: problem, request, overridden } });
        }
      }
    };

    return {
      step: { kind: 'idle' },

      start: (request) => plan(request, []),

      force: async () => {
        const { step } = get();
        if (step.kind !== 'conflict') {
          return;
        }
        await plan({ ...step.plan.request, force: true }, sortInputs(step.plan).soft);
      },

      skipConflicts: () => {
        const { step } = get();
        if (step.kind === 'conflict' && sortInputs(step.plan).planned.length > 0) {
          set({ step: { kind: 'confirm', plan: step.plan, overridden: [] } });
        }
      },

      review: async () => {
        const { step } = get();
        if (step.kind === 'failed') {
          await plan(step.request, step.overridden);
        }
      },

      confirm: async () => {
        const { step } = get();
        if (step.kind !== 'confirm') {
          return;
        }
        const { plan: confirmed, overridden } = step;
        set({ step: { kind: 'removing', plan: confirmed, overridden } });
        try {
          const result = await api.images.remove({
            inputs: [...confirmed.request.inputs],
            force: confirmed.request.force,
            prune: confirmed.request.prune,
            confirmed: confirmed.fingerprint,
          });
          set({ step: { kind: 'done', plan: confirmed, result } });
        } catch (error) {
          const problem = toApiError(error);
          hooks.onFailure?.(problem);
          set({
            step: {
              kind: 'failed',
              stage: 'remove',
              error: problem,
              request: confirmed.request,
              overridden,
            },
          });
        }
        await hooks.afterRemove();
      },

      cancel: () => {
        run += 1;
        if (get().step.kind !== 'removing') {
          set({ step: { kind: 'idle' } });
        }
      },
    };
  });
}

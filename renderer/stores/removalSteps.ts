// The steps of a removal, from the Delete click to the result, as the dialogs show them.

import type {
  InputPlan,
  RemovalPlan,
  RemovalRequest,
  RemovalResult,
} from '../../electron/ipc/contract.js';
import type { Problem } from '../api/ApiError.js';

/** An input the engine rejected because of a conflict. */
export type ConflictInput = Extract<InputPlan, { kind: 'conflict' }>;

/** An input the engine will carry out. */
export type PlannedInput = Extract<InputPlan, { kind: 'planned' }>;

/** An input the engine could not resolve or plan. */
export type FailedInput = Extract<InputPlan, { kind: 'failed' }>;

/** The removal flow's current step. */
export type RemovalStep =
  | { readonly kind: 'idle' }
  | { readonly kind: 'planning'; readonly request: RemovalRequest }
  /** Some inputs need force; the user chooses to force them, skip them or stop. */
  | { readonly kind: 'conflict'; readonly plan: RemovalPlan }
  /** Nothing can be carried out: hard conflicts and failures only. */
  | { readonly kind: 'rejected'; readonly plan: RemovalPlan }
  /**
   * The plan waits for the user's confirmation. `overridden` lists the conflicts of the plan
   * before force was turned on, so the forced confirmation can show what force overrides.
   */
  | {
      readonly kind: 'confirm';
      readonly plan: RemovalPlan;
      readonly overridden: readonly ConflictInput[];
    }
  | {
      readonly kind: 'removing';
      readonly plan: RemovalPlan;
      readonly overridden: readonly ConflictInput[];
    }
  | { readonly kind: 'done'; readonly plan: RemovalPlan; readonly result: RemovalResult }
  /** A plan or remove call failed as a whole; `request` and `overridden` let it be planned again. */
  | {
      readonly kind: 'failed';
      readonly stage: 'plan' | 'remove';
      readonly error: Problem;
      readonly request: RemovalRequest;
      readonly overridden: readonly ConflictInput[];
    };

/** The inputs of `plan` sorted by what the engine decided. */
export interface SortedInputs {
  readonly planned: readonly PlannedInput[];
  readonly soft: readonly ConflictInput[];
  readonly hard: readonly ConflictInput[];
  readonly failed: readonly FailedInput[];
}

/** Sorts the inputs of `plan` into planned, soft and hard conflicts, and failures. */
export function sortInputs(plan: RemovalPlan): SortedInputs {
  const planned: PlannedInput[] = [];
  const soft: ConflictInput[] = [];
  const hard: ConflictInput[] = [];
  const failed: FailedInput[] = [];
  for (const input of plan.inputs) {
    switch (input.kind) {
      case 'planned':
        planned.push(input);
        break;
      case 'conflict':
        (input.conflict.severity === 'soft' ? soft : hard).push(input);
        break;
      case 'failed':
        failed.push(input);
        break;
      default: {
        const unknown: never = input;
        throw new Error(`unknown input plan ${JSON.stringify(unknown)}`);
      }
    }
  }
  return { planned, soft, hard, failed };
}

/**
 * Returns the step that shows `plan`. Soft conflicts come first, because the user may force
 * them; then the confirmation when anything can be carried out; else the rejection.
 */
export function stepForPlan(plan: RemovalPlan, overridden: readonly ConflictInput[]): RemovalStep {
  const inputs = sortInputs(plan);
  if (inputs.soft.length > 0 && !plan.request.force) {
    return { kind: 'conflict', plan };
  }
  if (inputs.planned.length > 0) {
    return { kind: 'confirm', plan, overridden };
  }
  return { kind: 'rejected', plan };
}

// Planning a removal: a pure function from one read of the namespace and a request to the plan the
// window shows and the executor carries out. Inputs are planned one at a time, each on the
// inventory as the earlier inputs leave it, so one read serves the whole request.

import type { Inventory } from '../containerd/model.js';
import { applyActions, deleteImageActions, freedBytesBetween, linesOf } from './actions.js';
import { decideById } from './by-id.js';
import { decideByReference } from './by-reference.js';
import type { Decision } from './decision.js';
import { fingerprintOf } from './fingerprint.js';
import { findParents, selectPrunableParents } from './parents.js';
import { contentOf, recordsOf } from './records.js';
import { resolveInput } from './resolve.js';
import type { Action, ExecutionGuard, InputPlan, RemovalPlan, RemovalRequest } from './types.js';
import { mayUseImages, toContainerRef } from './usage.js';

/** Plans a whole request on one inventory; the same inventory and request give the same plan. */
export function planRemoval(inventory: Inventory, request: RemovalRequest): RemovalPlan {
  let state = inventory;
  const inputs: InputPlan[] = [];
  for (const input of request.inputs) {
    const plan = planInput(state, input, request);
    inputs.push(plan);
    if (plan.kind === 'planned') {
      state = applyActions(state, plan.actions);
    }
  }

  const freedBytes = inputs.reduce(
    (total, plan) => total + (plan.kind === 'planned' ? plan.freedBytes : 0),
    0,
  );
  return {
    request,
    namespace: inventory.namespace,
    basedOn: inventory.readAt,
    inputs,
    freedBytes,
    fingerprint: fingerprintOf(inventory.namespace, request, inputs),
  };
}

function planInput(inventory: Inventory, input: string, request: RemovalRequest): InputPlan {
  const resolution = resolveInput(inventory, input);
  switch (resolution.kind) {
    case 'failed':
      return { kind: 'failed', input, error: resolution.error };
    case 'id': {
      const decision = decideById(inventory, resolution.imageId, request.force);
      return completePlan(inventory, input, 'id', resolution.imageId, decision, request.prune);
    }
    case 'reference': {
      const decision = decideByReference(inventory, resolution, request.force);
      return completePlan(
        inventory,
        input,
        'reference',
        resolution.imageId,
        decision,
        request.prune,
      );
    }
    default: {
      const unexpected: never = resolution;
      throw new Error(`unknown resolution ${JSON.stringify(unexpected)}`);
    }
  }
}

/** Adds the parents to prune, the output lines, the freed bytes and the guard to a decision. */
function completePlan(
  inventory: Inventory,
  input: string,
  mode: 'reference' | 'id',
  imageId: string,
  decision: Decision,
  prune: boolean,
): InputPlan {
  if (decision.kind === 'conflict') {
    return { kind: 'conflict', input, conflict: decision.conflict };
  }

  // Parents come from the inventory before the image goes; whether each may go is judged after.
  const parents = decision.deletesImage && prune ? findParents(inventory, imageId) : [];
  const withoutImage = applyActions(inventory, decision.actions);
  const pruned = selectPrunableParents(withoutImage, parents);
  const pruneActions = pruned.flatMap((id) => deleteImageActions(recordsOf(withoutImage, id)));
  const actions = [...decision.actions, ...pruneActions];
  const after = applyActions(withoutImage, pruneActions);
  const deleted = decision.deletesImage ? [imageId, ...pruned] : [];
  const lines = actions.flatMap(linesOf);

  return {
    kind: 'planned',
    input,
    mode,
    imageId,
    actions,
    lines,
    untagged: lines.flatMap((line) => (line.kind === 'untagged' ? [line.value] : [])),
    deleted,
    pruned,
    keptDangling: decision.keptDangling,
    freedBytes: freedBytesBetween(inventory, after),
    forced: decision.forced,
    guard: guardOf(inventory, decision, deleted, actions),
  };
}

function guardOf(
  inventory: Inventory,
  decision: Extract<Decision, { readonly kind: 'act' }>,
  deleted: readonly string[],
  actions: readonly Action[],
): ExecutionGuard {
  const deletedChainIds = deleted.flatMap((id) => {
    const chainId = contentOf(inventory, id)?.chainId ?? null;
    return chainId === null ? [] : [chainId];
  });
  const deletedNames =
    deleted.length === 0
      ? []
      : actions.flatMap((action) => (action.kind === 'delete-record' ? [action.name] : []));
  const containers = inventory.containers
    .filter((container) => mayUseImages(container, deletedChainIds, deletedNames))
    .map(toContainerRef);
  return {
    keptRecords: decision.keptRecords.map((record) => ({
      name: record.name,
      digest: record.target.digest,
    })),
    deletedChainIds,
    containers,
  };
}

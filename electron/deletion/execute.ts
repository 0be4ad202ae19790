// Carrying out a removal plan on containerd. Each input is checked against fresh reads just before
// it runs, so that a delete does not act on a change the plan did not see. Every removed or created
// record is logged with its digest, so that a user can re-create it by hand.

import type { ContainerInfo } from '../containerd/model.js';
import type { ContainerdNamespace } from '../containerd/namespace.js';
import { QuaysideError, toQuaysideError, type ErrorKind } from '../errors.js';
import type { Logger } from '../log.js';
import { linesOf } from './actions.js';
import type {
  Action,
  InputPlan,
  InputResult,
  RemovalPlan,
  RemovalResult,
  ResultLine,
} from './types.js';
import { findChanges } from './verify.js';

type PlannedInput = Extract<InputPlan, { readonly kind: 'planned' }>;

const replanAdvice = 'Plan the removal again and review it.';

function failedResult(
  input: string,
  kind: ErrorKind,
  message: string,
  lines: readonly ResultLine[] = [],
): InputResult {
  return { kind: 'failed', input, error: { kind, message }, lines };
}

async function runAction(
  namespace: ContainerdNamespace,
  action: Action,
  log: Logger,
): Promise<void> {
  switch (action.kind) {
    case 'create-dangling':
      await namespace.createRecord({
        name: action.name,
        target: action.target,
        labels: action.labels,
      });
      log.info('created dangling record', { name: action.name, digest: action.target.digest });
      return;
    case 'delete-record':
      await namespace.deleteRecord(action.name, { sync: action.sync });
      log.info('removed image record', { name: action.name, digest: action.expectedDigest });
      return;
    default: {
      const unexpected: never = action;
      throw new Error(`unknown action ${JSON.stringify(unexpected)}`);
    }
  }
}

function describeStep(action: Action): string {
  return action.kind === 'create-dangling'
    ? `creating record ${action.name}`
    : `deleting record ${action.name}`;
}

function listOrNone(names: readonly string[]): string {
  return names.length === 0 ? 'none' : names.join(', ');
}

/**
 * Runs the actions of one input in order. A failed step stops the input, and its message lists the
 * records already removed or created and the ones still to delete.
 */
async function runActions(
  namespace: ContainerdNamespace,
  input: PlannedInput,
  log: Logger,
): Promise<InputResult> {
  const lines: ResultLine[] = [];
  const removed: string[] = [];
  const created: string[] = [];
  for (const [index, action] of input.actions.entries()) {
    try {
      await runAction(namespace, action, log);
    } catch (caught) {
      const error = toQuaysideError(caught);
      const remaining = input.actions
        .slice(index)
        .flatMap((pending) => (pending.kind === 'delete-record' ? [pending.name] : []));
      log.error('image removal step failed', {
        input: input.input,
        step: describeStep(action),
        error: error.message,
      });
      // A dangling record created before the failure stays, so the message names it for cleanup.
      const createdText = created.length === 0 ? '' : ` Already created: ${created.join(', ')}.`;
      const message =
        `Removing ${input.input} failed while ${describeStep(action)}: ${error.message}. ` +
        `Already removed: ${listOrNone(removed)}.${createdText} ` +
        `Still present: ${listOrNone(remaining)}.`;
      return failedResult(input.input, error.kind, message, lines);
    }
    lines.push(...linesOf(action));
    if (action.kind === 'delete-record') {
      removed.push(action.name);
    } else {
      created.push(action.name);
    }
  }
  return { kind: 'done', input: input.input, lines, freedBytes: input.freedBytes };
}

async function runPlannedInput(
  namespace: ContainerdNamespace,
  input: PlannedInput,
  readContainers: () => Promise<readonly ContainerInfo[]>,
  log: Logger,
): Promise<InputResult> {
  let containers: readonly ContainerInfo[];
  try {
    containers = await readContainers();
  } catch (caught) {
    const error = toQuaysideError(caught);
    log.error('reading containers before removal failed', { error: error.message });
    const message = `Nothing was removed for ${input.input} because reading the containers failed: ${error.message}`;
    return failedResult(input.input, error.kind, message);
  }

  let changes: readonly string[];
  try {
    changes = await findChanges(namespace, input, containers);
  } catch (caught) {
    const error = toQuaysideError(caught);
    log.error('checking images before removal failed', {
      input: input.input,
      error: error.message,
    });
    const message = `Nothing was removed for ${input.input} because checking the images failed: ${error.message}`;
    return failedResult(input.input, error.kind, message);
  }
  if (changes.length > 0) {
    log.warn('images changed since the removal was planned', {
      input: input.input,
      changes: changes.join(', '),
    });
    const message =
      `Nothing was removed for ${input.input} because the images changed since the plan was ` +
      `made (${changes.join(', ')}). ${replanAdvice}`;
    return failedResult(input.input, 'conflict', message);
  }
  return runActions(namespace, input, log);
}

/**
 * Computes the exit status as `docker rmi`: 1 when an input failed, unless force was given and
 * every failure was a not-found error of resolution (`No such image`, `ambiguous reference`).
 */
export function exitStatusOf(plan: RemovalPlan, results: readonly InputResult[]): 0 | 1 {
  const forgiven = (result: InputResult, index: number): boolean => {
    const planned = plan.inputs[index];
    return (
      result.kind === 'done' ||
      (plan.request.force && planned?.kind === 'failed' && planned.error.kind === 'not-found')
    );
  };
  return results.every(forgiven) ? 0 : 1;
}

/**
 * Carries out a plan, input by input. Conflicts and errors of the plan become failed results.
 * Throws an `invalid-argument` QuaysideError for a plan of another namespace.
 * Once a planned input fails, later planned inputs are not run: they were planned on the state
 * the failed one would have left.
 */
export async function executeRemoval(
  namespace: ContainerdNamespace,
  plan: RemovalPlan,
  log: Logger,
): Promise<RemovalResult> {
  if (plan.namespace !== namespace.name) {
    throw new QuaysideError(
      'invalid-argument',
      `The plan was made for namespace ${plan.namespace}, not ${namespace.name}, so nothing was removed. Plan the removal in ${namespace.name}.`,
    );
  }
  const results: InputResult[] = [];
  let containersRead: Promise<readonly ContainerInfo[]> | null = null;
  const readContainers = () => (containersRead ??= namespace.readContainers());
  let failedInput: string | null = null;

  for (const input of plan.inputs) {
    switch (input.kind) {
      case 'failed':
        results.push(failedResult(input.input, input.error.kind, input.error.message));
        break;
      case 'conflict':
        results.push(failedResult(input.input, 'conflict', input.conflict.message));
        break;
      case 'planned': {
        const result =
          failedInput === null
            ? await runPlannedInput(namespace, input, readContainers, log)
            : failedResult(
                input.input,
                'conflict',
                `Nothing was removed for ${input.input} because removing ${failedInput} failed ` +
                  `first, so the plan no longer matches the images. ${replanAdvice}`,
              );
        if (result.kind === 'failed') {
          failedInput ??= input.input;
        }
        results.push(result);
        break;
      }
      default: {
        const unexpected: never = input;
        throw new Error(`unknown input plan ${JSON.stringify(unexpected)}`);
      }
    }
  }

  return resultOf(plan, results);
}

/** Builds the result of a request from its planned inputs and their results. */
export function resultOf(plan: RemovalPlan, results: readonly InputResult[]): RemovalResult {
  const freedBytes = results.reduce(
    (total, result) => total + (result.kind === 'done' ? result.freedBytes : 0),
    0,
  );
  return { inputs: results, freedBytes, exitStatus: exitStatusOf(plan, results) };
}

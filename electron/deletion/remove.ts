// `rmi` from end to end: one read of the namespace, the plan, the check that it is the plan the
// user confirmed, and its execution. Also the command's output, as `docker rmi` prints it.

import type { ContainerdNamespace } from '../containerd/namespace.js';
import { QuaysideError } from '../errors.js';
import type { Logger } from '../log.js';
import { executeRemoval, resultOf } from './execute.js';
import { planRemoval } from './plan.js';
import type {
  InputPlan,
  InputResult,
  RemovalPlan,
  RemovalRequest,
  RemovalResult,
  ResultLine,
} from './types.js';

/** Options of a removal. */
export interface RemoveOptions {
  /** The fingerprint of the plan the user confirmed; without it the plan runs unconfirmed. */
  readonly confirmed?: string;
}

/**
 * Plans a request on a fresh read and carries it out. Throws a `conflict` QuaysideError, before
 * anything is removed, when `confirmed` is not the new plan's fingerprint.
 *
 * A confirmed removal stops at an input that fails while it runs, because the inputs after it
 * were confirmed on the state it would have left. Without a confirmation, as from the command,
 * the inputs after a failed one are planned again on a fresh read and carried out, as
 * `docker rmi` handles each input on its own; that extra read happens only after a failure.
 */
export async function removeImages(
  namespace: ContainerdNamespace,
  request: RemovalRequest,
  options: RemoveOptions,
  log: Logger,
): Promise<{ readonly plan: RemovalPlan; readonly result: RemovalResult }> {
  const plan = planRemoval(await namespace.readInventory(), request);
  if (options.confirmed !== undefined && options.confirmed !== plan.fingerprint) {
    throw new QuaysideError(
      'conflict',
      'The images changed since you confirmed the removal, so nothing was removed. ' +
        'Review the new plan and confirm it again.',
    );
  }
  const result = await executeRemoval(namespace, plan, log);
  if (options.confirmed !== undefined) {
    return { plan, result };
  }
  return { plan, result: await continueAfterFailures(namespace, plan, result, log) };
}

/** Returns the index of the first planned input that failed while it ran, or -1. */
function firstRunFailure(plan: RemovalPlan, result: RemovalResult): number {
  return result.inputs.findIndex(
    (input, index) => input.kind === 'failed' && plan.inputs[index]?.kind === 'planned',
  );
}

async function continueAfterFailures(
  namespace: ContainerdNamespace,
  firstPlan: RemovalPlan,
  firstResult: RemovalResult,
  log: Logger,
): Promise<RemovalResult> {
  const plans: InputPlan[] = [];
  const results: InputResult[] = [];
  let plan = firstPlan;
  let result = firstResult;

  for (;;) {
    const failed = firstRunFailure(plan, result);
    const kept = failed === -1 ? plan.inputs.length : failed + 1;
    plans.push(...plan.inputs.slice(0, kept));
    results.push(...result.inputs.slice(0, kept));
    const rest = plan.request.inputs.slice(kept);
    if (failed === -1 || rest.length === 0) {
      break;
    }
    log.warn('planning the remaining inputs again after a failure', {
      failed: plan.request.inputs[failed] ?? '',
      remaining: rest.length,
    });
    plan = planRemoval(await namespace.readInventory(), { ...plan.request, inputs: rest });
    result = await executeRemoval(namespace, plan, log);
  }

  return resultOf({ ...firstPlan, inputs: plans }, results);
}

/** The lines of `quayside rmi`, for standard output and standard error. */
export interface CommandOutput {
  readonly stdout: readonly string[];
  readonly stderr: readonly string[];
}

/** Formats one result line as Docker prints it: `Untagged: bash:latest` or `Deleted: sha256:…`. */
export function formatLine(line: ResultLine): string {
  switch (line.kind) {
    case 'untagged':
      return `Untagged: ${line.value}`;
    case 'deleted':
      return `Deleted: ${line.value}`;
    default: {
      const unexpected: never = line;
      throw new Error(`unknown result line ${JSON.stringify(unexpected)}`);
    }
  }
}

/**
 * Formats a result in input order: the lines of what was done go to standard output, even for an
 * input that failed halfway, and each failure goes to standard error as `Error: <message>`.
 */
export function formatResult(result: RemovalResult): CommandOutput {
  const stdout: string[] = [];
  const stderr: string[] = [];
  for (const input of result.inputs) {
    stdout.push(...input.lines.map(formatLine));
    if (input.kind === 'failed') {
      stderr.push(`Error: ${input.error.message}`);
    }
  }
  return { stdout, stderr };
}

// Measures the deletion engine for the benchmark: planRemoval over one inventory, and a whole
// removeImages request on containerd with its gRPC calls and namespace operations counted.

import { performance } from 'node:perf_hooks';

import type { ContainerdClient } from '../containerd/client.js';
import type { Inventory } from '../containerd/model.js';
import type { ContainerdNamespace } from '../containerd/namespace.js';
import { planRemoval } from '../deletion/plan.js';
import { removeImages } from '../deletion/remove.js';
import { silentLogger } from '../log.js';

/** Calls of each ContainerdNamespace method during one measurement. */
export type OperationCounts = Record<
  'readInventory' | 'readContainers' | 'getRecord' | 'createRecord' | 'deleteRecord',
  number
>;

/** Timing of planRemoval repeated on one inventory and one request. */
export interface PlanningMeasurement {
  readonly inputs: number;
  readonly rounds: number;
  readonly medianMs: number;
  /** How many inputs the plan resolves to actions, conflicts and failures. */
  readonly outcomes: Readonly<Record<'planned' | 'conflict' | 'failed', number>>;
}

/** One removeImages request: its time, its gRPC calls and the namespace operations it made. */
export interface RemovalMeasurement {
  readonly inputs: number;
  readonly ms: number;
  readonly grpcCalls: number;
  readonly operations: OperationCounts;
  readonly exitStatus: 0 | 1;
  readonly lines: number;
}

function median(values: readonly number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
}

/** Plans the same request `rounds` times on one inventory and returns the median time. */
export function measurePlanning(
  inventory: Inventory,
  inputs: readonly string[],
  rounds: number,
): PlanningMeasurement {
  const request = { inputs, force: false, prune: true };
  const times: number[] = [];
  let plan = planRemoval(inventory, request);
  for (let round = 0; round < rounds; round += 1) {
    const start = performance.now();
    plan = planRemoval(inventory, request);
    times.push(performance.now() - start);
  }
  const outcomes = { planned: 0, conflict: 0, failed: 0 };
  for (const input of plan.inputs) {
    outcomes[input.kind] += 1;
  }
  return { inputs: inputs.length, rounds, medianMs: median(times), outcomes };
}

/** Wraps a namespace so that every call of the operations a removal uses is counted. */
function countingNamespace(namespace: ContainerdNamespace): {
  readonly namespace: ContainerdNamespace;
  readonly counts: OperationCounts;
} {
  const counts: OperationCounts = {
    readInventory: 0,
    readContainers: 0,
    getRecord: 0,
    createRecord: 0,
    deleteRecord: 0,
  };
  const counted: ContainerdNamespace = {
    address: namespace.address,
    name: namespace.name,
    readInventory: () => {
      counts.readInventory += 1;
      return namespace.readInventory();
    },
    readContainers: () => {
      counts.readContainers += 1;
      return namespace.readContainers();
    },
    getRecord: (name) => {
      counts.getRecord += 1;
      return namespace.getRecord(name);
    },
    createRecord: (spec) => {
      counts.createRecord += 1;
      return namespace.createRecord(spec);
    },
    updateRecord: (spec) => namespace.updateRecord(spec),
    deleteRecord: (name, options) => {
      counts.deleteRecord += 1;
      return namespace.deleteRecord(name, options);
    },
    subscribe: (onEvent, onError) => namespace.subscribe(onEvent, onError),
  };
  return { namespace: counted, counts };
}

/**
 * Runs one removeImages request (no force, prune on) and counts the gRPC calls of `client`,
 * which must be the client that `namespace` belongs to.
 */
export async function measureRemoval(
  client: ContainerdClient,
  namespace: ContainerdNamespace,
  inputs: readonly string[],
): Promise<RemovalMeasurement> {
  const { namespace: counted, counts } = countingNamespace(namespace);
  const callsBefore = client.callCount;
  const start = performance.now();
  const { result } = await removeImages(
    counted,
    { inputs, force: false, prune: true },
    {},
    silentLogger,
  );
  const ms = performance.now() - start;
  return {
    inputs: inputs.length,
    ms,
    grpcCalls: client.callCount - callsBefore,
    operations: counts,
    exitStatus: result.exitStatus,
    lines: result.inputs.reduce((total, input) => total + input.lines.length, 0),
  };
}

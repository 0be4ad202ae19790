// Measures Quayside on a sandbox with many records: readInventory (the first read with an empty
// content cache, later reads with it warm, and the gRPC calls of one read), planRemoval of
// 20 inputs, and one removeImages request of 10 names. Run it as root after building:
//   tsc -p electron/tsconfig.json && node dist/electron/bench/read-inventory.js [records]
// The record count must be at least 40, so that the names the requests use exist.

import { performance } from 'node:perf_hooks';

import { ContainerdClient } from '../containerd/client.js';
import { buildChainImages } from '../sandbox/fixtures.js';
import { descriptorOf } from '../sandbox/image-builder.js';
import { importImages, runContainer } from '../sandbox/images.js';
import { startSandbox } from '../sandbox/sandbox.js';
import { measurePlanning, measureRemoval } from './removal.js';

const namespaceName = 'bench';
const warmRounds = 5;
const planningRounds = 50;

function tagName(index: number): string {
  return `docker.io/bench/tag-${String(index).padStart(4, '0')}:${String(index % 7)}`;
}

function formatMs(ms: number): string {
  return `${ms.toFixed(1)} ms`;
}

async function main(): Promise<void> {
  const recordCount = Number(process.argv[2] ?? '300');
  if (!Number.isInteger(recordCount) || recordCount < 40) {
    throw new Error(`invalid record count ${String(process.argv[2])}: expected an integer >= 40`);
  }
  const sandbox = await startSandbox();
  try {
    const images = buildChainImages('docker.io/bench');
    const all = [images.base, images.child, images.grandchild, images.other];
    await importImages(sandbox, namespaceName, all);
    for (const [index, image] of all.slice(0, 3).entries()) {
      await runContainer(
        sandbox,
        namespaceName,
        image.name,
        `container-${index}`,
        index === 0 ? 'running' : 'stopped',
      );
    }

    const setup = ContainerdClient.open(sandbox.address);
    const namespace = setup.namespace(namespaceName);
    for (let index = 0; index < recordCount - all.length; index += 1) {
      const image = all[index % all.length] ?? images.base;
      await namespace.createRecord({
        name: tagName(index),
        target: descriptorOf(image.target),
        labels: {},
      });
    }
    setup.close();

    const client = ContainerdClient.open(sandbox.address);
    const reader = client.namespace(namespaceName);
    const coldStart = performance.now();
    const first = await reader.readInventory();
    const coldMs = performance.now() - coldStart;
    const coldCalls = client.callCount;

    const warmTimes: number[] = [];
    let warmCalls = 0;
    for (let round = 0; round < warmRounds; round += 1) {
      const before = client.callCount;
      const start = performance.now();
      await reader.readInventory();
      warmTimes.push(performance.now() - start);
      warmCalls = client.callCount - before;
    }

    // 14 names that lose one tag each, the 4 image IDs (one running container, two stopped ones,
    // names in many repositories: all conflicts) and 2 missing names.
    const imageIds = all.map((image) => descriptorOf(image.target).digest.slice(7, 19));
    const planInputs = [
      ...Array.from({ length: 14 }, (_, index) => tagName(index)),
      ...imageIds,
      'docker.io/bench/missing:1',
      'docker.io/bench/missing:2',
    ];
    const planning = measurePlanning(first, planInputs, planningRounds);

    const removeInputs = Array.from({ length: 10 }, (_, index) => tagName(20 + index));
    const removal = await measureRemoval(client, reader, removeInputs);
    client.close();

    const median = [...warmTimes].sort((a, b) => a - b)[Math.floor(warmTimes.length / 2)] ?? 0;
    const version = await versionOf(sandbox.address);
    process.stdout.write(
      [
        `containerd ${version}, ${first.records.length} records, ${first.content.size} image IDs, ` +
          `${first.containers.length} containers`,
        `cold read: ${formatMs(coldMs)}, ${coldCalls} gRPC calls`,
        `warm read: median ${formatMs(median)} of ${warmRounds}, ${warmCalls} gRPC calls`,
        `plan ${planning.inputs} inputs: median ${formatMs(planning.medianMs)} of ` +
          `${planning.rounds} (${planning.outcomes.planned} planned, ` +
          `${planning.outcomes.conflict} conflicts, ${planning.outcomes.failed} failed)`,
        `remove ${removal.inputs} names in one request: ${formatMs(removal.ms)}, ` +
          `${removal.grpcCalls} gRPC calls, exit status ${removal.exitStatus}, ` +
          `${removal.lines} output lines`,
        `  namespace operations: ${Object.entries(removal.operations)
          .map(([operation, count]) => `${operation} ${count}`)
          .join(', ')}`,
        '',
      ].join('\n'),
    );
  } finally {
    await sandbox.stop();
  }
}

async function versionOf(address: string): Promise<string> {
  const client = ContainerdClient.open(address);
  try {
    return (await client.version()).version;
  } finally {
    client.close();
  }
}

await main();

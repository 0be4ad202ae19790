// Measures readInventory on a sandbox with many records: the first read (empty content cache),
// later reads (cache warm), and the gRPC calls one read starts. Run it after building:
//   tsc -p electron/tsconfig.json && node dist/electron/bench/read-inventory.js [records]

import { performance } from 'node:perf_hooks';

import { ContainerdClient } from '../containerd/client.js';
import { buildChainImages } from '../sandbox/fixtures.js';
import { descriptorOf } from '../sandbox/image-builder.js';
import { importImages, runContainer } from '../sandbox/images.js';
import { startSandbox } from '../sandbox/sandbox.js';

const namespaceName = 'bench';
const warmRounds = 5;

function formatMs(ms: number): string {
  return `${ms.toFixed(1)} ms`;
}

async function main(): Promise<void> {
  const recordCount = Number(process.argv[2] ?? '300');
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
      const name = `docker.io/bench/tag-${String(index).padStart(4, '0')}:${index % 7}`;
      await namespace.createRecord({ name, target: descriptorOf(image.target), labels: {} });
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
    client.close();

    const median = [...warmTimes].sort((a, b) => a - b)[Math.floor(warmTimes.length / 2)] ?? 0;
    const version = await versionOf(sandbox.address);
    process.stdout.write(
      [
        `containerd ${version}, ${first.records.length} records, ${first.content.size} image IDs, ` +
          `${first.containers.length} containers`,
        `cold read: ${formatMs(coldMs)}, ${coldCalls} gRPC calls`,
        `warm read: median ${formatMs(median)} of ${warmRounds}, ${warmCalls} gRPC calls`,
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

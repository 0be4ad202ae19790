// Sample content for `quayside demo`: images whose layer chains share a prefix, a dangling
// parent, two names for one image, and a running and a stopped container.

import { ContainerdClient } from '../containerd/client.js';
import { buildBusyboxLayer, buildImage, buildMarkerLayer } from './image-builder.js';
import { importImages, runContainer, tagImage } from './images.js';
import type { Sandbox } from './sandbox.js';

/** The namespace the demo fills. */
export const demoNamespace = 'default';

/** The records and containers that populateDemo created. */
export interface DemoContent {
  readonly namespace: string;
  /** Every record name, sorted. */
  readonly records: readonly string[];
  /** The `moby-dangling@<image ID>` record of app:2's parent. */
  readonly danglingRecord: string;
  readonly runningContainer: string;
  readonly stoppedContainer: string;
}

/**
 * Fills the sandbox's `default` namespace. base:1 is busybox, app:1 and app:latest add one layer,
 * a dangling record adds one more, and app:2 (an index with a foreign platform) sits on that.
 * tools:1 shares no layer. Container `web` runs app:2 and container `job` is stopped on base:1.
 */
export async function populateDemo(sandbox: Sandbox): Promise<DemoContent> {
  const base = buildBusyboxLayer();
  const app = buildMarkerLayer('app');
  const cache = buildMarkerLayer('app-cache');
  const appTwo = buildMarkerLayer('app-2');
  const parent = buildImage({
    name: 'docker.io/demo/parent:build',
    format: 'oci',
    layers: [base, app, cache],
    created: '2024-02-15T00:00:00Z',
  });
  const images = [
    buildImage({
      name: 'docker.io/demo/base:1',
      format: 'oci',
      layers: [base],
      created: '2024-01-01T00:00:00Z',
    }),
    buildImage({
      name: 'docker.io/demo/app:1',
      format: 'docker',
      layers: [base, app],
      created: '2024-02-01T00:00:00Z',
    }),
    parent,
    buildImage({
      name: 'docker.io/demo/app:2',
      format: 'oci',
      layers: [base, app, cache, appTwo],
      index: true,
      created: '2024-03-01T00:00:00Z',
    }),
    buildImage({
      name: 'docker.io/demo/tools:1',
      format: 'oci',
      layers: [buildMarkerLayer('tools-root'), buildMarkerLayer('tools')],
      created: '2024-01-15T00:00:00Z',
    }),
  ];
  await importImages(sandbox, demoNamespace, images);
  await tagImage(sandbox, demoNamespace, 'docker.io/demo/app:1', 'docker.io/demo/app:latest');

  // Docker keeps an untagged parent as moby-dangling@<image ID>; the build name goes away.
  const danglingRecord = `moby-dangling@${parent.target.digest}`;
  const client = ContainerdClient.open(sandbox.address);
  try {
    const namespace = client.namespace(demoNamespace);
    const built = await namespace.getRecord(parent.name);
    if (built !== null) {
      await namespace.createRecord({ name: danglingRecord, target: built.target, labels: {} });
      await namespace.deleteRecord(parent.name, { sync: false });
    }
  } finally {
    client.close();
  }

  await runContainer(sandbox, demoNamespace, 'docker.io/demo/app:2', 'web', 'running');
  await runContainer(sandbox, demoNamespace, 'docker.io/demo/base:1', 'job', 'stopped');
  const names = images.filter((image) => image !== parent).map((image) => image.name);
  return {
    namespace: demoNamespace,
    records: [...names, 'docker.io/demo/app:latest', danglingRecord].sort(),
    danglingRecord,
    runningContainer: 'web',
    stoppedContainer: 'job',
  };
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type ChainImages, buildChainImages } from '../sandbox/fixtures.js';
import { ctr, importImages, runContainer } from '../sandbox/images.js';
import { type Sandbox, startSandbox } from '../sandbox/sandbox.js';
import { ContainerdClient } from './client.js';
import type { ImageContent, Inventory } from './model.js';

let sandbox: Sandbox;
let client: ContainerdClient;
let images: ChainImages;
let inventory: Inventory;

/** Formats bytes the way `ctr images ls` prints SIZE: one decimal, binary units. */
function ctrSize(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(1)} ${units[unit] ?? 'B'}`;
}

function contentOf(name: string): ImageContent {
  const record = inventory.records.find((candidate) => candidate.name === name);
  const content = record === undefined ? undefined : inventory.content.get(record.target.digest);
  if (content === undefined) {
    throw new Error(`no content for ${name}`);
  }
  return content;
}

beforeAll(async () => {
  sandbox = await startSandbox();
  images = buildChainImages();
  await importImages(sandbox, 'test', [images.base, images.child, images.grandchild, images.other]);
  await importImages(sandbox, 'everything', [images.grandchild], { allPlatforms: true });
  await runContainer(sandbox, 'test', images.child.name, 'running', 'running');
  await runContainer(sandbox, 'test', images.base.name, 'stopped', 'stopped');
  await runContainer(sandbox, 'test', images.grandchild.name, 'created', 'created');
  client = ContainerdClient.open(sandbox.address);
  inventory = await client.namespace('test').readInventory();
});

afterAll(async () => {
  // A failed beforeAll leaves these unassigned.
  (client as ContainerdClient | undefined)?.close();
  await (sandbox as Sandbox | undefined)?.stop();
});

describe('readInventory records', () => {
  it('lists every record in name order', () => {
    expect(inventory.records.map((record) => record.name)).toEqual([
      'docker.io/quayside/base:1',
      'docker.io/quayside/child:1',
      'docker.io/quayside/grandchild:1',
      'docker.io/quayside/other:1',
    ]);
  });

  it('carries the target and times of each record', () => {
    const record = inventory.records[0];

    expect(record?.target.digest).toBe(images.base.target.digest);
    expect(record?.target.mediaType).toBe('application/vnd.oci.image.manifest.v1+json');
    expect(record?.target.size).toBe(images.base.target.size);
    expect(record?.createdAt).not.toBeNull();
    expect(record?.updatedAt).not.toBeNull();
  });

  it('names the address and namespace', () => {
    expect(inventory.address).toBe(sandbox.address);
    expect(inventory.namespace).toBe('test');
  });
});

describe('readInventory content', () => {
  const cases = [
    ['OCI manifest', 'base'],
    ['Docker schema 2 manifest', 'child'],
    ['OCI index', 'grandchild'],
    ['Docker manifest list', 'other'],
  ] as const;

  it.each(cases)('%s has the diff IDs, config and manifest', (_label, key) => {
    const image = images[key];
    const content = contentOf(image.name);

    expect(content.diffIds).toEqual(image.diffIds);
    expect(content.configDigest).toBe(image.config.digest);
    expect(content.manifestDigest).toBe(image.manifest.digest);
    expect(content.created).toBe(new Date(image.created).toISOString());
    expect(content.platform).toBe('linux/amd64');
    expect(content.problem).toBeNull();
  });

  it.each(cases)('%s has the size ctr counts', async (_label, key) => {
    const image = images[key];
    const listing = await ctr(sandbox, 'test', ['images', 'ls']);
    const row = listing.split('\n').find((line) => line.startsWith(`${image.name} `));

    expect(contentOf(image.name).size).toBe(image.size);
    expect(row).toContain(` ${ctrSize(image.size)} `);
  });

  it.each(cases)('%s has the chain ID of its unpacked snapshot', async (_label, key) => {
    const image = images[key];
    const snapshots = await ctr(sandbox, 'test', ['snapshots', 'ls']);
    const names = snapshots.split('\n').map((line) => line.split(/\s+/)[0]);

    expect(contentOf(image.name).chainId).toBe(image.chainId);
    expect(names).toContain(image.chainId);
  });

  it('lists the present blobs of an index without the foreign platform', () => {
    const content = contentOf(images.grandchild.name);
    const digests = content.blobs.map((blob) => blob.digest);

    expect(digests).toContain(images.grandchild.target.digest);
    expect(digests).toContain(images.grandchild.manifest.digest);
    expect(digests).toContain(images.grandchild.config.digest);
    expect(digests).not.toContain(images.grandchild.foreign?.manifest.digest);
  });

  it('lists the foreign platform blobs when they were imported', async () => {
    const everything = await client.namespace('everything').readInventory();
    const content = everything.content.get(images.grandchild.target.digest);
    const digests = content?.blobs.map((blob) => blob.digest) ?? [];

    expect(digests).toContain(images.grandchild.foreign?.manifest.digest);
    expect(digests).toContain(images.grandchild.foreign?.config.digest);
    expect(content?.size).toBe(images.grandchild.size);
  });

  it('gives each blob its stored size', () => {
    const content = contentOf(images.child.name);
    const expected = [...images.child.blobs.values()].map((blob) => ({
      digest: blob.digest,
      size: blob.size,
    }));

    expect([...content.blobs].sort((a, b) => a.digest.localeCompare(b.digest))).toEqual(
      expected.sort((a, b) => a.digest.localeCompare(b.digest)),
    );
  });
});

describe('readInventory containers', () => {
  it('reports each task state', () => {
    const states = inventory.containers.map((container) => [container.id, container.status]);

    expect(states).toEqual([
      ['created', 'NONE'],
      ['running', 'RUNNING'],
      ['stopped', 'STOPPED'],
    ]);
  });

  it('gives the snapshot parent as the image chain ID', () => {
    const parents = Object.fromEntries(inventory.containers.map((c) => [c.id, c.snapshotParent]));

    expect(parents.running).toBe(images.child.chainId);
    expect(parents.stopped).toBe(images.base.chainId);
    expect(parents.created).toBe(images.grandchild.chainId);
  });

  it('fills the container fields', () => {
    const running = inventory.containers.find((container) => container.id === 'running');
    const stopped = inventory.containers.find((container) => container.id === 'stopped');
    const created = inventory.containers.find((container) => container.id === 'created');

    expect(running?.image).toBe(images.child.name);
    expect(running?.snapshotter).toBe('overlayfs');
    expect(running?.snapshotKey).toBe('running');
    expect(running?.pid).toBeGreaterThan(0);
    expect(running?.exitStatus).toBeNull();
    expect(stopped?.exitStatus).toBe(137);
    expect(created?.pid).toBeNull();
    expect(created?.createdAt).not.toBeNull();
  });
});

describe('readInventory calls', () => {
  it('reads cached content without reading blobs again', async () => {
    const fresh = ContainerdClient.open(sandbox.address);
    try {
      await fresh.namespace('test').readInventory();
      const cold = fresh.callCount;
      await fresh.namespace('test').readInventory();
      const warm = fresh.callCount - cold;

      // Namespaces, Images, Containers, Tasks, Content and one Snapshots list per read.
      expect(warm).toBe(6);
      expect(cold).toBeGreaterThan(warm);
    } finally {
      fresh.close();
    }
  });
});

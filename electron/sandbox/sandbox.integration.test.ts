import { existsSync, readFileSync, readdirSync } from 'node:fs';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { ContainerdClient } from '../containerd/client.js';
import { buildChainImages } from './fixtures.js';
import { ctr, importImages, runContainer } from './images.js';
import { type Registry, pushAndPull, startRegistry } from './registry.js';
import { type Sandbox, startSandbox } from './sandbox.js';

function processesServing(address: string): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((entry) => {
      try {
        return readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').includes(address);
      } catch {
        return false;
      }
    })
    .map(Number);
}

describe('startSandbox', () => {
  it('leaves nothing behind after stop', async () => {
    const sandbox = await startSandbox();
    const images = buildChainImages();
    await importImages(sandbox, 'test', [images.base]);
    await runContainer(sandbox, 'test', images.base.name, 'alive', 'running');
    const config = readFileSync(`${sandbox.dir}/config.toml`, 'utf8');

    expect(processesServing(sandbox.address).length).toBeGreaterThan(0);
    expect(readFileSync('/proc/self/mountinfo', 'utf8')).toContain(sandbox.dir);
    expect(config).not.toMatch(/\d+\.\d+\.\d+\.\d+:\d+/);

    await sandbox.stop();
    await sandbox.stop();

    expect(existsSync(sandbox.dir)).toBe(false);
    expect(processesServing(sandbox.address)).toEqual([]);
    expect(readFileSync('/proc/self/mountinfo', 'utf8')).not.toContain(sandbox.dir);
  });
});

describe('registry pull', () => {
  let sandbox: Sandbox;
  let registry: Registry;

  beforeAll(async () => {
    sandbox = await startSandbox();
    registry = await startRegistry(sandbox);
  });

  afterAll(async () => {
    // A failed beforeAll leaves these unassigned.
    await (registry as Registry | undefined)?.stop();
    await (sandbox as Sandbox | undefined)?.stop();
  });

  it('reads a Docker schema 2 image pulled from a registry', async () => {
    const image = buildChainImages().child;
    const name = await pushAndPull(sandbox, registry, 'pulled', image, 'quayside/child:1', 'v2s2');
    const client = ContainerdClient.open(sandbox.address);
    try {
      const inventory = await client.namespace('pulled').readInventory();
      const record = inventory.records.find((candidate) => candidate.name === name);
      const content = inventory.content.get(record?.target.digest ?? '');
      const manifestJson = await ctr(sandbox, 'pulled', [
        'content',
        'get',
        record?.target.digest ?? '',
      ]);
      const manifest = JSON.parse(manifestJson) as {
        config: { size: number };
        layers: { size: number }[];
      };
      const expectedSize =
        (record?.target.size ?? 0) +
        manifest.config.size +
        manifest.layers.reduce((sum, layer) => sum + layer.size, 0);
      const snapshots = await ctr(sandbox, 'pulled', ['snapshots', 'ls']);

      expect(name).toBe(`${registry.host}/quayside/child:1`);
      expect(record?.target.mediaType).toBe('application/vnd.docker.distribution.manifest.v2+json');
      expect(content?.diffIds).toEqual(image.diffIds);
      expect(content?.chainId).toBe(image.chainId);
      expect(snapshots).toContain(image.chainId);
      expect(content?.size).toBe(expectedSize);
      expect(content?.created).toBe(new Date(image.created).toISOString());
      expect(content?.problem).toBeNull();
    } finally {
      client.close();
    }
  });
});

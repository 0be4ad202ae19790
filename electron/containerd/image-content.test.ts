import { describe, expect, it } from 'vitest';

import { type ContentSource, describeImageContent } from './image-content.js';
import type { Descriptor } from './model.js';

const host = { os: 'linux', architecture: 'amd64', variant: '' };
const ociIndex = 'application/vnd.oci.image.index.v1+json';
const ociManifest = 'application/vnd.oci.image.manifest.v1+json';
const layerType = 'application/vnd.oci.image.layer.v1.tar+gzip';
const diffA = `sha256:${'a'.repeat(64)}`;

/** Returns a content store held in memory: JSON by digest, and the size of every present blob. */
function source(json: Record<string, unknown>, sizes: Record<string, number>): ContentSource {
  return {
    present: new Map(Object.entries(sizes)),
    host,
    readJson: (digest) => Promise.resolve(json[digest]),
  };
}

const manifest = {
  config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: 'cfg', size: 30 },
  layers: [{ mediaType: layerType, digest: 'layer', size: 1000 }],
};
const config = {
  created: '2024-05-01T10:00:00.123456789Z',
  os: 'linux',
  architecture: 'amd64',
  rootfs: { diff_ids: [diffA] },
};
const index = {
  manifests: [
    {
      mediaType: ociManifest,
      digest: 'arm',
      size: 70,
      platform: { os: 'linux', architecture: 'arm64' },
    },
    {
      mediaType: ociManifest,
      digest: 'man',
      size: 60,
      platform: { os: 'linux', architecture: 'amd64' },
    },
  ],
};

function target(mediaType: string, digest: string, size: number): Descriptor {
  return { mediaType, digest, size, annotations: {} };
}

describe('describeImageContent', () => {
  it('reads a single manifest', async () => {
    const store = source({ man: manifest, cfg: config }, { man: 60, cfg: 30, layer: 1000 });

    const content = await describeImageContent(store, target(ociManifest, 'man', 60));

    expect(content.manifestDigest).toBe('man');
    expect(content.configDigest).toBe('cfg');
    expect(content.platform).toBe('linux/amd64');
    expect(content.diffIds).toEqual([diffA]);
    expect(content.chainId).toBe(diffA);
    expect(content.created).toBe('2024-05-01T10:00:00.123Z');
    expect(content.size).toBe(1090);
    expect(content.blobs).toEqual([
      { digest: 'man', size: 60 },
      { digest: 'cfg', size: 30 },
      { digest: 'layer', size: 1000 },
    ]);
    expect(content.problem).toBeNull();
  });

  it('counts the index and only the host manifest in the size', async () => {
    const store = source(
      { idx: index, man: manifest, cfg: config },
      { idx: 200, man: 60, cfg: 30, layer: 1000 },
    );

    const content = await describeImageContent(store, target(ociIndex, 'idx', 200));

    expect(content.manifestDigest).toBe('man');
    expect(content.size).toBe(200 + 60 + 30 + 1000);
    expect(content.problem).toBeNull();
  });

  it('lists present blobs of every platform', async () => {
    const armManifest = { ...manifest, config: { ...manifest.config, digest: 'armcfg' } };
    const json = { idx: index, man: manifest, arm: armManifest, cfg: config };
    const store = source(json, { idx: 200, man: 60, arm: 70, cfg: 30, armcfg: 31, layer: 1000 });

    const content = await describeImageContent(store, target(ociIndex, 'idx', 200));

    expect(content.blobs.map((blob) => blob.digest).sort()).toEqual([
      'arm',
      'armcfg',
      'cfg',
      'idx',
      'layer',
      'man',
    ]);
  });

  it('tolerates an absent foreign manifest', async () => {
    const store = source(
      { idx: index, man: manifest, cfg: config },
      { idx: 200, man: 60, cfg: 30, layer: 1000 },
    );

    const content = await describeImageContent(store, target(ociIndex, 'idx', 200));

    expect(content.blobs.map((blob) => blob.digest)).not.toContain('arm');
    expect(content.problem).toBeNull();
  });

  it('reports an absent host manifest', async () => {
    const store = source({ idx: index }, { idx: 200 });

    const content = await describeImageContent(store, target(ociIndex, 'idx', 200));

    expect(content.manifestDigest).toBe('man');
    expect(content.configDigest).toBeNull();
    expect(content.diffIds).toEqual([]);
    expect(content.chainId).toBeNull();
    expect(content.problem).toBe('manifest man is not in the content store');
  });

  it('reports an index without the host platform', async () => {
    const armOnly = { manifests: index.manifests.slice(0, 1) };
    const store = source({ idx: armOnly }, { idx: 100 });

    const content = await describeImageContent(store, target(ociIndex, 'idx', 100));

    expect(content.manifestDigest).toBeNull();
    expect(content.problem).toBe('index idx has no manifest for linux/amd64');
  });

  it('reports a manifest that is not valid', async () => {
    const store = source({ man: { layers: 'none' } }, { man: 60 });

    const content = await describeImageContent(store, target(ociManifest, 'man', 60));

    expect(content.problem).toMatch(/^manifest man is not a valid manifest/);
  });

  it('reports an unsupported media type', async () => {
    const schema1 = 'application/vnd.docker.distribution.manifest.v1+prettyjws';

    const content = await describeImageContent(source({}, {}), target(schema1, 'old', 10));

    expect(content.problem).toBe(`target old has the unsupported media type ${schema1}`);
    expect(content.blobs).toEqual([]);
  });
});

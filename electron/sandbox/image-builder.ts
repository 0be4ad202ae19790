// Builds real, runnable images in memory. Each has gzip layers from the tar writer, a config with
// `created`, `rootfs.diff_ids` and a command that keeps a container alive, and an OCI or Docker
// schema 2 manifest. An index with a second, foreign platform can wrap the manifest.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

import { chainId } from '../containerd/chain-id.js';
import type { Descriptor } from '../containerd/model.js';
import { type Platform, hostPlatform } from '../containerd/platform.js';
import { type TarEntry, writeTar } from './tar.js';

/** The two families of media types. */
export type ImageFormat = 'oci' | 'docker';

/** A blob with its descriptor fields. */
export interface BuiltBlob {
  readonly mediaType: string;
  readonly digest: string;
  readonly size: number;
  readonly data: Buffer;
}

/** A compressed layer and the digest of its uncompressed tar. */
export interface BuiltLayer {
  readonly tar: Buffer;
  readonly gzip: Buffer;
  readonly diffId: string;
}

/** The recipe of one image. */
export interface ImageSpec {
  /** The full record name, for example `docker.io/quayside/base:1`. */
  readonly name: string;
  readonly format: ImageFormat;
  /** Layers, bottom first; reuse the same objects to share a chain between images. */
  readonly layers: readonly BuiltLayer[];
  /** An index with this host's manifest and a foreign one, instead of a single manifest. */
  readonly index?: boolean;
  /** ISO 8601 `created` of the config; 2024-01-01T00:00:00Z unless set. */
  readonly created?: string;
}

/** A built image: every blob, the target and the values an inventory read must report. */
export interface BuiltImage {
  readonly name: string;
  readonly target: BuiltBlob;
  readonly blobs: ReadonlyMap<string, BuiltBlob>;
  readonly manifest: BuiltBlob;
  readonly config: BuiltBlob;
  /** Manifest and config of the foreign platform entry of an index, or null. */
  readonly foreign: { readonly manifest: BuiltBlob; readonly config: BuiltBlob } | null;
  readonly diffIds: readonly string[];
  readonly chainId: string;
  readonly created: string;
  /** Index, host manifest, config and layers, as `ctr images ls` counts the size. */
  readonly size: number;
}

const mediaTypes = {
  oci: {
    index: 'application/vnd.oci.image.index.v1+json',
    manifest: 'application/vnd.oci.image.manifest.v1+json',
    config: 'application/vnd.oci.image.config.v1+json',
    layer: 'application/vnd.oci.image.layer.v1.tar+gzip',
  },
  docker: {
    index: 'application/vnd.docker.distribution.manifest.list.v2+json',
    manifest: 'application/vnd.docker.distribution.manifest.v2+json',
    config: 'application/vnd.docker.container.image.v1+json',
    layer: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
  },
} as const;

function sha256(data: Buffer): string {
  return `sha256:${createHash('sha256').update(data).digest('hex')}`;
}

function blobOf(mediaType: string, data: Buffer): BuiltBlob {
  return { mediaType, digest: sha256(data), size: data.length, data };
}

function jsonBlob(mediaType: string, value: unknown): BuiltBlob {
  return blobOf(mediaType, Buffer.from(JSON.stringify(value)));
}

function descriptor(blob: BuiltBlob, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { mediaType: blob.mediaType, digest: blob.digest, size: blob.size, ...extra };
}

/** Returns a built blob as the descriptor a record points at. */
export function descriptorOf(blob: BuiltBlob): Descriptor {
  return { mediaType: blob.mediaType, digest: blob.digest, size: blob.size, annotations: {} };
}

/** Builds a gzip layer from archive members. */
export function buildLayer(entries: readonly TarEntry[]): BuiltLayer {
  const tar = writeTar(entries);
  return { tar, gzip: gzipSync(tar, { level: 6 }), diffId: sha256(tar) };
}

/** Builds the base layer: the static busybox as /bin/busybox with sh, sleep and true links. */
export function buildBusyboxLayer(busyboxPath = '/bin/busybox'): BuiltLayer {
  const links = ['sh', 'sleep', 'true', 'ls', 'cat'];
  return buildLayer([
    { kind: 'directory', path: 'bin' },
    { kind: 'file', path: 'bin/busybox', data: readFileSync(busyboxPath), mode: 0o755 },
    ...links.map((link): TarEntry => ({ kind: 'symlink', path: `bin/${link}`, target: 'busybox' })),
    { kind: 'directory', path: 'etc' },
    { kind: 'directory', path: 'tmp', mode: 0o1777 },
  ]);
}

/** Builds a layer that adds one small file, /etc/quayside/<label>. */
export function buildMarkerLayer(label: string): BuiltLayer {
  return buildLayer([
    { kind: 'directory', path: 'etc/quayside' },
    { kind: 'file', path: `etc/quayside/${label}`, data: Buffer.from(`${label}\n`) },
  ]);
}

function foreignPlatform(host: Platform): Platform {
  return host.architecture === 's390x'
    ? { os: 'linux', architecture: 'ppc64le', variant: '' }
    : { os: 'linux', architecture: 's390x', variant: '' };
}

function platformJson(platform: Platform): Record<string, string> {
  const base = { os: platform.os, architecture: platform.architecture };
  return platform.variant === '' ? base : { ...base, variant: platform.variant };
}

function buildPlatformImage(
  spec: ImageSpec,
  platform: Platform,
  created: string,
): { manifest: BuiltBlob; config: BuiltBlob; layers: BuiltBlob[] } {
  const types = mediaTypes[spec.format];
  const layers = spec.layers.map((layer) => blobOf(types.layer, layer.gzip));
  const config = jsonBlob(types.config, {
    created,
    ...platformJson(platform),
    config: { Env: ['PATH=/bin'], Cmd: ['/bin/sleep', '86400'], WorkingDir: '/' },
    rootfs: { type: 'layers', diff_ids: spec.layers.map((layer) => layer.diffId) },
    history: spec.layers.map(() => ({ created, created_by: 'quayside sandbox' })),
  });
  const manifest = jsonBlob(types.manifest, {
    schemaVersion: 2,
    mediaType: types.manifest,
    config: descriptor(config),
    layers: layers.map((layer) => descriptor(layer)),
  });
  return { manifest, config, layers };
}

/** Builds an image from its spec. */
export function buildImage(spec: ImageSpec): BuiltImage {
  const created = spec.created ?? '2024-01-01T00:00:00Z';
  const host = hostPlatform();
  const own = buildPlatformImage(spec, host, created);
  const blobs = new Map<string, BuiltBlob>();
  for (const blob of [own.manifest, own.config, ...own.layers]) {
    blobs.set(blob.digest, blob);
  }
  const layerSize = own.layers.reduce((sum, layer) => sum + layer.size, 0);
  const diffIds = spec.layers.map((layer) => layer.diffId);
  const common = { name: spec.name, manifest: own.manifest, config: own.config, diffIds, created };
  const topChain = chainId(diffIds) ?? '';

  if (spec.index !== true) {
    const size = own.manifest.size + own.config.size + layerSize;
    return { ...common, target: own.manifest, blobs, foreign: null, chainId: topChain, size };
  }

  const other = buildPlatformImage(spec, foreignPlatform(host), created);
  blobs.set(other.manifest.digest, other.manifest);
  blobs.set(other.config.digest, other.config);
  const types = mediaTypes[spec.format];
  const index = jsonBlob(types.index, {
    schemaVersion: 2,
    mediaType: types.index,
    manifests: [
      descriptor(other.manifest, { platform: platformJson(foreignPlatform(host)) }),
      descriptor(own.manifest, { platform: platformJson(host) }),
    ],
  });
  blobs.set(index.digest, index);
  const size = index.size + own.manifest.size + own.config.size + layerSize;
  const foreign = { manifest: other.manifest, config: other.config };
  return { ...common, target: index, blobs, foreign, chainId: topChain, size };
}

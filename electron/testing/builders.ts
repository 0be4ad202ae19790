// Builders for test situations: images with records, layers and content, and containers that run
// from them, so a test reads as the situation it sets up. Digests are real sha256 values of seed
// text, and chain IDs are computed as containerd computes them.

import { createHash } from 'node:crypto';

import type {
  Blob,
  ContainerInfo,
  ImageContent,
  ImageRecord,
  Inventory,
  TaskStatus,
} from '../containerd/model.js';
import {
  danglingName,
  parseReference,
  referenceString,
  withDefaultTag,
} from '../deletion/reference.js';
import { compareByName } from '../deletion/records.js';

/** The content and records of one image. */
export interface ImageFixture {
  readonly content: ImageContent;
  readonly records: readonly ImageRecord[];
}

/** Returns `sha256:` and the sha256 hex of the text. */
export function digestOf(text: string): string {
  return 'sha256:' + createHash('sha256').update(text).digest('hex');
}

/** Keeps a 64-hex digest and hashes any other text into one. */
function asDigest(seed: string): string {
  if (/^sha256:[0-9a-f]{64}$/.test(seed)) {
    return seed;
  }
  return /^[0-9a-f]{64}$/.test(seed) ? `sha256:${seed}` : digestOf(seed);
}

/** Returns the layer's `rootfs.diff_ids` entry. */
export function diffIdOf(layer: string): string {
  return digestOf(`diff:${layer}`);
}

/** Computes the chain ID of a layer list: the first diff ID, then sha256 of `<parent> <diff ID>`. */
export function chainIdOf(diffIds: readonly string[]): string | null {
  let chain: string | null = null;
  for (const diffId of diffIds) {
    chain = chain === null ? diffId : digestOf(`${chain} ${diffId}`);
  }
  return chain;
}

/** Normalises a name as containerd stores it: `bash` becomes `docker.io/library/bash:latest`. */
export function recordName(name: string): string {
  try {
    return referenceString(withDefaultTag(parseReference(name)));
  } catch {
    return name;
  }
}

export interface ImageOptions {
  /** Names as a user types them (`bash`, `me/app:v1`, `bash@sha256:…`) or full record names. */
  readonly names?: readonly string[];
  /** Adds the `moby-dangling@<ID>` record. */
  readonly dangling?: boolean;
  /** The image ID: a 64-hex digest, or a seed text hashed into one. */
  readonly id?: string;
  /** Layer names in order; images that share a layer name share that layer and its blob. */
  readonly layers?: readonly string[];
  /** Bytes of each layer blob. */
  readonly layerSize?: number;
  /** Config `created`, ISO 8601. */
  readonly created?: string | null;
  readonly platform?: string;
  readonly labels?: Readonly<Record<string, string>>;
  readonly problem?: string | null;
}

const manifestSize = 1_000;
const configSize = 500;

/** Builds an image: its content and one record per name (and the dangling record if asked). */
export function image(options: ImageOptions): ImageFixture {
  const names = options.names ?? [];
  const layers = options.layers ?? [`${names.join(',')}${options.id ?? ''}-layer`];
  const id = asDigest(options.id ?? `image:${names.join(',')}:${layers.join(',')}`);
  const layerSize = options.layerSize ?? 1_000_000;
  const diffIds = layers.map(diffIdOf);
  const configDigest = digestOf(`config:${id}`);
  const blobs: Blob[] = [
    { digest: id, size: manifestSize },
    { digest: configDigest, size: configSize },
    ...layers.map((layer) => ({ digest: digestOf(`blob:${layer}`), size: layerSize })),
  ];

  const content: ImageContent = {
    id,
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    manifestDigest: id,
    configDigest,
    platform: options.platform ?? 'linux/amd64',
    diffIds,
    chainId: chainIdOf(diffIds),
    created: options.created === undefined ? '2026-01-01T00:00:00.000Z' : options.created,
    size: blobs.reduce((total, blob) => total + blob.size, 0),
    blobs,
    problem: options.problem ?? null,
  };

  const allNames = [...names.map(recordName), ...(options.dangling ? [danglingName(id)] : [])];
  const records = allNames.map((name) => ({
    name,
    target: { mediaType: content.mediaType, digest: id, size: manifestSize, annotations: {} },
    labels:
      name === danglingName(id)
        ? { ...options.labels }
        : { ...options.labels, 'io.containerd.image.name': name },
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  }));
  return { content, records };
}

export interface ContainerOptions {
  /** The container ID: 64 hex, or a seed text hashed into one. */
  readonly id: string;
  /** The image it runs from: its first name and its chain ID become the container's. */
  readonly from?: ImageFixture;
  /** The `image` field as typed; defaults to the first record name of `from`. */
  readonly image?: string;
  /** Defaults to the chain ID of `from`; null for a container without a snapshot. */
  readonly snapshotParent?: string | null;
  readonly status?: TaskStatus;
  /** The `nerdctl/name` label. */
  readonly name?: string;
  readonly createdAt?: string;
}

/** Builds a container, running unless `status` is given. */
export function container(options: ContainerOptions): ContainerInfo {
  const id = asDigest(options.id).slice('sha256:'.length);
  const image =
    options.image === undefined
      ? (options.from?.records[0]?.name ?? '')
      : recordName(options.image);
  const snapshotParent =
    options.snapshotParent === undefined
      ? (options.from?.content.chainId ?? null)
      : options.snapshotParent;
  const status = options.status ?? 'RUNNING';
  return {
    id,
    image,
    labels: options.name === undefined ? {} : { 'nerdctl/name': options.name },
    snapshotter: 'overlayfs',
    snapshotKey: id,
    snapshotParent,
    status,
    pid: status === 'RUNNING' || status === 'PAUSED' ? 4242 : null,
    exitStatus: status === 'STOPPED' ? 0 : null,
    createdAt: options.createdAt ?? '2026-01-01T00:00:00.000Z',
  };
}

/** Builds an inventory from images and containers, records in name order. */
export function inventoryOf(
  images: readonly ImageFixture[],
  containers: readonly ContainerInfo[] = [],
): Inventory {
  const records = images.flatMap((fixture) => fixture.records).sort(compareByName);
  return {
    address: 'unix:///run/quayside-test/containerd.sock',
    namespace: 'default',
    records,
    content: new Map(images.map((fixture) => [fixture.content.id, fixture.content])),
    containers,
    readAt: '2026-01-01T12:00:00.000Z',
  };
}

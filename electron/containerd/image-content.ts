// Works out role the content store holds for one image ID: the manifest for this host, its
// config, diff IDs, chain ID and size, and every present blob the target reaches.

import type { z } from 'zod';

import { chainId } from './chain-id.js';
import {
  type ConfigJson,
  configSchema,
  indexMediaTypes,
  indexSchema,
  manifestMediaTypes,
  manifestSchema,
} from './media-types.js';
import type { Blob, Descriptor, ImageContent } from './model.js';
import { type Platform, chooseManifest, formatPlatform, normalizePlatform } from './platform.js';

/** The content a walk reads: the present blobs with their sizes, and cached JSON by digest. */
export interface ContentSource {
  readonly present: ReadonlyMap<string, number>;
  readonly host: Platform;
  readJson(digest: string): Promise<unknown>;
}

/** A child to walk: the parts of a descriptor the walk needs. */
interface Child {
  readonly mediaType?: string | undefined;
  readonly digest: string;
  readonly size: number;
}

type Parsed<T> =
  { readonly kind: 'ok'; readonly value: T } | { readonly kind: 'problem'; readonly text: string };

async function readParsed<T>(
  source: ContentSource,
  role: string,
  digest: string,
  schema: z.ZodType<T>,
): Promise<Parsed<T>> {
  if (!source.present.has(digest)) {
    return { kind: 'problem', text: `${role} ${digest} is not in the content store` };
  }
  try {
    const result = schema.safeParse(await source.readJson(digest));
    if (result.success) {
      return { kind: 'ok', value: result.data };
    }
    return {
      kind: 'problem',
      text: `${role} ${digest} is not a valid ${role}: ${result.error.message}`,
    };
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    return { kind: 'problem', text: `${role} ${digest} could not be read: ${text}` };
  }
}

/** Adds every present blob reachable from `child` to `blobs`, over all platforms. */
async function collectBlobs(
  source: ContentSource,
  child: Child,
  blobs: Map<string, number>,
): Promise<void> {
  const size = source.present.get(child.digest);
  if (size === undefined || blobs.has(child.digest)) {
    return;
  }
  blobs.set(child.digest, size);
  const mediaType = child.mediaType ?? '';
  if (indexMediaTypes.has(mediaType)) {
    const index = await readParsed(source, 'index', child.digest, indexSchema);
    if (index.kind === 'ok') {
      for (const entry of index.value.manifests) {
        await collectBlobs(source, entry, blobs);
      }
    }
  } else if (manifestMediaTypes.has(mediaType)) {
    const manifest = await readParsed(source, 'manifest', child.digest, manifestSchema);
    if (manifest.kind === 'ok') {
      for (const leaf of [manifest.value.config, ...manifest.value.layers]) {
        await collectBlobs(source, leaf, blobs);
      }
    }
  }
}

/** The parts of ImageContent that come from the chosen platform. */
interface PlatformPart {
  manifestDigest: string | null;
  configDigest: string | null;
  platform: string | null;
  config: ConfigJson | null;
  size: number;
  problem: string | null;
}

function configPlatform(config: ConfigJson): string | null {
  if (config.os === undefined || config.architecture === undefined) {
    return null;
  }
  const platform = {
    os: config.os,
    architecture: config.architecture,
    variant: config.variant ?? '',
  };
  return formatPlatform(normalizePlatform(platform));
}

async function readManifestPart(
  source: ContentSource,
  manifest: Child,
  part: PlatformPart,
): Promise<void> {
  part.manifestDigest = manifest.digest;
  part.size += manifest.size;
  const parsed = await readParsed(source, 'manifest', manifest.digest, manifestSchema);
  if (parsed.kind === 'problem') {
    part.problem = parsed.text;
    return;
  }

  const { config, layers } = parsed.value;
  part.configDigest = config.digest;
  part.size += config.size + layers.reduce((sum, layer) => sum + layer.size, 0);
  const configParsed = await readParsed(source, 'config', config.digest, configSchema);
  if (configParsed.kind === 'problem') {
    part.problem = configParsed.text;
    return;
  }
  part.config = configParsed.value;
  part.platform ??= configPlatform(configParsed.value);
}

async function readIndexPart(
  source: ContentSource,
  target: Descriptor,
  part: PlatformPart,
): Promise<void> {
  const index = await readParsed(source, 'index', target.digest, indexSchema);
  if (index.kind === 'problem') {
    part.problem = index.text;
    return;
  }
  const entry = chooseManifest(index.value.manifests, source.host);
  if (entry === null) {
    part.problem = `index ${target.digest} has no manifest for ${formatPlatform(source.host)}`;
    return;
  }
  if (!manifestMediaTypes.has(entry.mediaType ?? '')) {
    part.problem = `manifest ${entry.digest} has the unsupported media type ${entry.mediaType ?? 'none'}`;
    return;
  }
  const platform = entry.platform;
  if (platform?.os !== undefined && platform.architecture !== undefined) {
    const normalized = normalizePlatform({
      os: platform.os,
      architecture: platform.architecture,
      variant: platform.variant ?? '',
    });
    part.platform = formatPlatform(normalized);
  }
  await readManifestPart(source, entry, part);
}

function isoCreated(created: string | undefined): string | null {
  if (created === undefined) {
    return null;
  }
  const time = Date.parse(created);
  return Number.isNaN(time) ? created : new Date(time).toISOString();
}

/** Describes the content of one image ID; missing or unreadable blobs become `problem`. */
export async function describeImageContent(
  source: ContentSource,
  target: Descriptor,
): Promise<ImageContent> {
  const part: PlatformPart = {
    manifestDigest: null,
    configDigest: null,
    platform: null,
    config: null,
    size: target.size,
    problem: null,
  };
  if (indexMediaTypes.has(target.mediaType)) {
    await readIndexPart(source, target, part);
  } else if (manifestMediaTypes.has(target.mediaType)) {
    part.size = 0;
    await readManifestPart(source, target, part);
  } else {
    part.problem = `target ${target.digest} has the unsupported media type ${target.mediaType}`;
  }

  const found = new Map<string, number>();
  await collectBlobs(source, target, found);
  const blobs: Blob[] = [...found].map(([digest, size]) => ({ digest, size }));
  const diffIds = part.config?.rootfs?.diff_ids ?? [];
  return {
    id: target.digest,
    mediaType: target.mediaType,
    manifestDigest: part.manifestDigest,
    configDigest: part.configDigest,
    platform: part.platform,
    diffIds,
    chainId: chainId(diffIds),
    created: isoCreated(part.config?.created),
    size: part.size,
    blobs,
    problem: part.problem,
  };
}

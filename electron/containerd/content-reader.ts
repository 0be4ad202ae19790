// Reads blobs of the content store. Parsed JSON is cached by digest for the life of the client,
// because a digest names immutable bytes. Presence is not cached, since GC can remove a blob.

import type { ContentClient } from './generated/containerd/services/content/v1/Content.js';
import type { ListContentResponse__Output } from './generated/containerd/services/content/v1/ListContentResponse.js';
import type { ReadContentResponse__Output } from './generated/containerd/services/content/v1/ReadContentResponse.js';
import { type CallSettings, collect } from './rpc.js';

/** Blobs kept parsed; an estimate that covers a few hundred images with a few platforms each. */
const maxCachedBlobs = 4096;

/** Parsed JSON blobs by digest, shared by every read of one client. */
export class BlobCache {
  private readonly entries = new Map<string, unknown>();

  get(digest: string): unknown {
    return this.entries.get(digest);
  }

  has(digest: string): boolean {
    return this.entries.has(digest);
  }

  set(digest: string, value: unknown): void {
    if (this.entries.size >= maxCachedBlobs) {
      const oldest = this.entries.keys().next();
      if (oldest.done !== true) {
        this.entries.delete(oldest.value);
      }
    }
    this.entries.set(digest, value);
  }
}

/** Lists every blob of the namespace's content store as digest and size, in one stream. */
export async function listContent(
  client: ContentClient,
  settings: CallSettings,
): Promise<Map<string, number>> {
  const batches = await collect<ListContentResponse__Output>(
    settings,
    'Content.List',
    (md, options) => client.List({ filters: [] }, md, options),
  );
  const sizes = new Map<string, number>();
  for (const batch of batches) {
    for (const info of batch.info) {
      sizes.set(info.digest, Number(info.size));
    }
  }
  return sizes;
}

/** Reads a whole blob. */
export async function readBlob(
  client: ContentClient,
  settings: CallSettings,
  digest: string,
): Promise<Buffer> {
  const chunks = await collect<ReadContentResponse__Output>(
    settings,
    'Content.Read',
    (md, options) => client.Read({ digest, offset: '0', size: '0' }, md, options),
  );
  return Buffer.concat(chunks.map((chunk) => chunk.data));
}

/** Reads a JSON blob through the cache. */
export async function readJsonBlob(
  client: ContentClient,
  settings: CallSettings,
  cache: BlobCache,
  digest: string,
): Promise<unknown> {
  if (cache.has(digest)) {
    return cache.get(digest);
  }
  const bytes = await readBlob(client, settings, digest);
  const value: unknown = JSON.parse(bytes.toString('utf8'));
  cache.set(digest, value);
  return value;
}

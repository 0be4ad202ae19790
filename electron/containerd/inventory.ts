// Reads a whole namespace in one pass: the records, the containers with their tasks and
// snapshot parents, and the content of each distinct image ID.

import { QuaysideError } from '../errors.js';
import { type BlobCache, listContent, readJsonBlob } from './content-reader.js';
import { readContainers } from './containers.js';
import { unknownNamespaceMessage } from './grpc-errors.js';
import { type ContentSource, describeImageContent } from './image-content.js';
import type { Descriptor, ImageContent, Inventory } from './model.js';
import { hostPlatform } from './platform.js';
import { listRecords } from './records.js';
import type { CallSettings } from './rpc.js';
import type { ServiceClients } from './services.js';

/** Image IDs described at the same time; content reads are small and the cache absorbs repeats. */
const describeConcurrency = 8;

/** The client parts that one read uses. */
export interface InventoryContext {
  readonly clients: ServiceClients;
  readonly settings: CallSettings;
  readonly namespace: string;
  readonly cache: BlobCache;
  listNamespaces(): Promise<string[]>;
}

/** Throws a `not-found` QuaysideError when containerd does not list `namespace`. */
export async function ensureNamespace(
  namespace: string,
  address: string,
  listNamespaces: () => Promise<string[]>,
): Promise<void> {
  const existing = await listNamespaces();
  if (!existing.includes(namespace)) {
    throw new QuaysideError('not-found', unknownNamespaceMessage(namespace, address, existing));
  }
}

async function describeAll(
  source: ContentSource,
  targets: readonly Descriptor[],
): Promise<ImageContent[]> {
  const results: ImageContent[] = new Array<ImageContent>(targets.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let index = next++; index < targets.length; index = next++) {
      const target = targets[index];
      if (target !== undefined) {
        results[index] = await describeImageContent(source, target);
      }
    }
  };
  await Promise.all(Array.from({ length: describeConcurrency }, worker));
  return results;
}

/** Reads records, containers and content of the namespace; every list is requested once. */
export async function readInventory(context: InventoryContext): Promise<Inventory> {
  const { clients, settings, namespace, cache } = context;
  // containerd returns empty lists for an unknown namespace, so the name is checked first.
  await ensureNamespace(namespace, settings.address, () => context.listNamespaces());
  const [records, containers, present] = await Promise.all([
    listRecords(clients.images, settings),
    readContainers(clients, settings),
    listContent(clients.content, settings),
  ]);

  const targets = new Map<string, Descriptor>();
  for (const record of records) {
    if (!targets.has(record.target.digest)) {
      targets.set(record.target.digest, record.target);
    }
  }
  const source: ContentSource = {
    present,
    host: hostPlatform(),
    readJson: (digest) => readJsonBlob(clients.content, settings, cache, digest),
  };
  const described = await describeAll(source, [...targets.values()]);

  return {
    address: settings.address,
    namespace,
    records,
    content: new Map(described.map((content) => [content.id, content])),
    containers,
    readAt: new Date().toISOString(),
  };
}

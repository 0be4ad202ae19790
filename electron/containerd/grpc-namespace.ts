// The ContainerdNamespace of the engine, implemented over gRPC on one client's connection.

import type { BlobCache } from './content-reader.js';
import { readContainers } from './containers.js';
import { subscribeEvents } from './events.js';
import { ensureNamespace, readInventory } from './inventory.js';
import type { ContainerInfo, ImageRecord, Inventory } from './model.js';
import type { ContainerdNamespace, NamespaceEvent, RecordSpec } from './namespace.js';
import { createRecord, deleteRecord, getRecord, updateRecord } from './records.js';
import type { CallSettings } from './rpc.js';
import type { ServiceClients } from './services.js';

/** One namespace of a ContainerdClient; every call sends the `containerd-namespace` header. */
export class GrpcNamespace implements ContainerdNamespace {
  readonly address: string;

  constructor(
    readonly name: string,
    private readonly clients: ServiceClients,
    private readonly settings: CallSettings,
    private readonly cache: BlobCache,
    private readonly listNamespaces: () => Promise<string[]>,
  ) {
    this.address = settings.address;
  }

  readInventory(): Promise<Inventory> {
    return readInventory({
      clients: this.clients,
      settings: this.settings,
      namespace: this.name,
      cache: this.cache,
      listNamespaces: this.listNamespaces,
    });
  }

  async readContainers(): Promise<readonly ContainerInfo[]> {
    await ensureNamespace(this.name, this.address, this.listNamespaces);
    return readContainers(this.clients, this.settings);
  }

  getRecord(name: string): Promise<ImageRecord | null> {
    return getRecord(this.clients.images, this.settings, name);
  }

  createRecord(spec: RecordSpec): Promise<ImageRecord> {
    return createRecord(this.clients.images, this.settings, spec);
  }

  updateRecord(spec: RecordSpec): Promise<ImageRecord> {
    return updateRecord(this.clients.images, this.settings, spec);
  }

  deleteRecord(name: string, options: { readonly sync: boolean }): Promise<void> {
    return deleteRecord(this.clients.images, this.settings, name, options.sync);
  }

  subscribe(onEvent: (event: NamespaceEvent) => void, onError: (error: Error) => void): () => void {
    return subscribeEvents(this.clients.events, this.settings, this.name, onEvent, onError);
  }
}

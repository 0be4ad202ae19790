// One store per concern, created together on one API so that they can call each other: a
// namespace switch or a removal reloads the listings.

import type { StoreApi } from 'zustand/vanilla';

import type { QuaysideApi } from '../../electron/ipc/contract.js';
import { createConnectionStore, type ConnectionState } from './connection.js';
import { createContainersStore, type ContainersState } from './containers.js';
import { createImagesStore, type ImagesState } from './images.js';
import { createRemovalStore, type RemovalState } from './removal.js';
import { createSettingsStore, type SettingsState } from './settings.js';
import { createTaggingStore, type TaggingState } from './tagging.js';

/** Every store of the window, and the actions that span several of them. */
export interface Stores {
  readonly connection: StoreApi<ConnectionState>;
  readonly images: StoreApi<ImagesState>;
  readonly containers: StoreApi<ContainersState>;
  readonly removal: StoreApi<RemovalState>;
  readonly tagging: StoreApi<TaggingState>;
  readonly settings: StoreApi<SettingsState>;
  /** Reloads the images and containers listings. */
  readonly reloadListings: () => Promise<void>;
  /**
   * Reads the connection status, then the namespaces and listings when connected. A missing
   * namespace still loads the namespaces, so the user can pick an existing one.
   */
  readonly refreshAll: () => Promise<void>;
  /** Reads the connection status, and reloads the namespaces and listings once connected. */
  readonly reconnect: () => Promise<void>;
  /** Switches namespace, then reloads everything. */
  readonly selectNamespace: (name: string) => Promise<void>;
}

/** Creates every store on `api`. */
export function createStores(api: QuaysideApi): Stores {
  const connection = createConnectionStore(api);
  const { noticeFailure } = connection.getState();
  const images = createImagesStore(api, noticeFailure);
  const containers = createContainersStore(api, noticeFailure);
  const settings = createSettingsStore();

  const reloadListings = async () => {
    await Promise.all([images.getState().load(), containers.getState().load()]);
  };

  const loadConnected = async () => {
    await Promise.all([connection.getState().loadNamespaces(), reloadListings()]);
  };

  const refreshAll = async () => {
    const status = await connection.getState().refresh();
    if (status?.state === 'connected') {
      await loadConnected();
      return;
    }
    images.getState().clear();
    containers.getState().clear();
    if (status?.error?.kind === 'not-found') {
      await connection.getState().loadNamespaces();
    }
  };

  // Unlike refreshAll, this keeps the listings and their errors while containerd is away.
  const reconnect = async () => {
    const status = await connection.getState().refresh();
    if (status?.state === 'connected') {
      await loadConnected();
    }
  };

  const selectNamespace = async (name: string) => {
    const status = await connection.getState().selectNamespace(name);
    if (status !== null) {
      images.getState().clear();
      containers.getState().clear();
      await refreshAll();
    }
  };

  return {
    connection,
    images,
    containers,
    settings,
    removal: createRemovalStore(api, { afterRemove: reloadListings, onFailure: noticeFailure }),
    tagging: createTaggingStore(api, () => images.getState().load(), noticeFailure),
    reloadListings,
    refreshAll,
    reconnect,
    selectNamespace,
  };
}

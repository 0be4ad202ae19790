// Selector hooks, one per store: a component subscribes to the slice it reads and re-renders
// only when that slice changes.

import { useStore } from 'zustand';

import type { ConnectionState } from './connection.js';
import type { ContainersState } from './containers.js';
import type { ImagesState } from './images.js';
import type { RemovalState } from './removal.js';
import type { SettingsState } from './settings.js';
import { useStores } from './StoresContext.js';
import type { TaggingState } from './tagging.js';

/** Selects a slice of the connection store. */
export function useConnection<T>(selector: (state: ConnectionState) => T): T {
  return useStore(useStores().connection, selector);
}

/** Selects a slice of the images store. */
export function useImages<T>(selector: (state: ImagesState) => T): T {
  return useStore(useStores().images, selector);
}

/** Selects a slice of the containers store. */
export function useContainers<T>(selector: (state: ContainersState) => T): T {
  return useStore(useStores().containers, selector);
}

/** Selects a slice of the removal store. */
export function useRemoval<T>(selector: (state: RemovalState) => T): T {
  return useStore(useStores().removal, selector);
}

/** Selects a slice of the tagging store. */
export function useTagging<T>(selector: (state: TaggingState) => T): T {
  return useStore(useStores().tagging, selector);
}

/** Selects a slice of the settings store. */
export function useSettings<T>(selector: (state: SettingsState) => T): T {
  return useStore(useStores().settings, selector);
}

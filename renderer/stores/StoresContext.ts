// The stores reach components through a context, so tests can render with stores built on a
// fake API.

import { createContext, useContext } from 'react';

import type { Stores } from './createStores.js';

/** The window's stores; null outside a provider. */
export const StoresContext = createContext<Stores | null>(null);

/** Returns the window's stores; throws when rendered outside a StoresContext provider. */
export function useStores(): Stores {
  const stores = useContext(StoresContext);
  if (stores === null) {
    throw new Error('useStores needs a StoresContext provider above it');
  }
  return stores;
}

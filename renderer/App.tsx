import { useEffect } from 'react';

import type { Transport } from './api/pickTransport.js';
import { ErrorBoundary } from './common/ErrorBoundary.js';
import type { Stores } from './stores/createStores.js';
import { followChanges } from './stores/followChanges.js';
import { StoresContext } from './stores/StoresContext.js';
import { Window } from './Window.js';

/** Renders the window's root; loads everything once, then follows containerd's events. */
export function App({ stores, transport }: { stores: Stores; transport: Transport }) {
  useEffect(() => {
    void stores.refreshAll();
    return followChanges(transport.api, transport.link, stores);
  }, [stores, transport]);

  return (
    <StoresContext.Provider value={stores}>
      <ErrorBoundary>
        <Window />
      </ErrorBoundary>
    </StoresContext.Provider>
  );
}

// Keeps the tables current without a manual refresh: containerd's events reload the listings,
// a browser-shell socket that comes back reloads everything it may have missed, and while
// containerd cannot be reached the status is read again until containerd responds.

import type { QuaysideApi } from '../../electron/ipc/contract.js';
import type { Transport } from '../api/pickTransport.js';
import type { ConnectionState } from './connection.js';
import type { Stores } from './createStores.js';

/** How long a burst of events is gathered into one reload, in milliseconds. */
export const reloadDelayMs = 250;

/** How often the status is read again while disconnected, in milliseconds. */
export const statusPollMs = 3000;

/** Subscribes the stores to `api`'s events and `link`'s state; returns the unsubscribe. */
export function followChanges(
  api: QuaysideApi,
  link: Transport['link'],
  stores: Stores,
): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;

  // A pull or a removal sends many events at once; one reload after the burst is enough.
  const unsubscribeEvents = api.events.subscribe(() => {
    if (timer !== null) {
      clearTimeout(timer);
    }
    timer = setTimeout(() => {
      timer = null;
      void stores.reloadListings();
    }, reloadDelayMs);
  });

  // Calls made while the socket was being opened wait for it, so only a reopen after a close
  // can have missed changes.
  let wasClosed = false;
  const unsubscribeLink =
    link?.onChange((state) => {
      stores.connection.getState().setLink(state);
      if (state === 'open' && wasClosed) {
        void stores.refreshAll();
      }
      wasClosed = state === 'closed' || (wasClosed && state === 'connecting');
    }) ?? (() => undefined);
  if (link !== null) {
    stores.connection.getState().setLink(link.state);
  }

  const stopPolling = pollWhileDisconnected(stores);

  return () => {
    if (timer !== null) {
      clearTimeout(timer);
    }
    unsubscribeEvents();
    unsubscribeLink();
    stopPolling();
  };
}

/** Calls `stores.reconnect` every `statusPollMs` while disconnected; returns the stop. */
function pollWhileDisconnected(stores: Stores): () => void {
  let poll: ReturnType<typeof setInterval> | null = null;
  const stop = () => {
    if (poll !== null) {
      clearInterval(poll);
      poll = null;
    }
  };
  const follow = (state: ConnectionState['state']) => {
    if (state !== 'disconnected') {
      stop();
      return;
    }
    poll ??= setInterval(() => {
      void stores.reconnect();
    }, statusPollMs);
  };

  follow(stores.connection.getState().state);
  const unsubscribe = stores.connection.subscribe((state) => {
    follow(state.state);
  });
  return () => {
    unsubscribe();
    stop();
  };
}

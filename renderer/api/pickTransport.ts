// Chooses how the window reaches the main process: the Electron preload's `window.quayside` when
// it is there, else the WebSocket of the `quayside ui` server that served the page.

import type { QuaysideApi } from '../../electron/ipc/contract.js';
import { ApiError } from './ApiError.js';
import { BridgeClient, type LinkState } from './BridgeClient.js';
import { createSocketApi } from './createSocketApi.js';
import { openBrowserSocket } from './socket.js';

/** The query parameter that carries the browser shell's token (`tokenParameter` in the contract). */
const tokenParameter = 'token';

/** The API and, for the browser shell, the state of its socket. */
export interface Transport {
  readonly api: QuaysideApi;
  /** Null in Electron, where the preload has no link that can drop. */
  readonly link: {
    readonly state: LinkState;
    onChange(listener: (state: LinkState) => void): () => void;
  } | null;
}

type WindowWithApi = Window & { readonly quayside?: QuaysideApi };

/** Returns the bridge URL for a page served at `location`, or null when it has no token. */
export function socketUrl(location: Pick<Location, 'host' | 'search'>): string | null {
  const token = new URLSearchParams(location.search).get(tokenParameter);
  if (token === null || token === '') {
    return null;
  }
  return `ws://${location.host}/ws?${tokenParameter}=${encodeURIComponent(token)}`;
}

/** Picks the transport for `win`; throws an ApiError when the page has no way to connect. */
export function pickTransport(win: Window): Transport {
  const preloaded = (win as WindowWithApi).quayside;
  if (preloaded !== undefined) {
    return { api: preloaded, link: null };
  }
  const url = socketUrl(win.location);
  if (url === null) {
    throw new ApiError(
      'invalid-argument',
      'This page address has no access token. Open the address that `quayside ui` printed.',
    );
  }
  const client = new BridgeClient({ url, openSocket: openBrowserSocket });
  return {
    api: createSocketApi(client),
    link: {
      get state() {
        return client.linkState;
      },
      onChange: (listener) => client.onLinkChange(listener),
    },
  };
}

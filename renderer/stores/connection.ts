// Whether containerd can be reached, which namespace the window shows, and, for the browser
// shell, whether the socket to the `quayside ui` server is up.

import { createStore, type StoreApi } from 'zustand/vanilla';

import type { ConnectionStatus, ErrorKind, QuaysideApi } from '../../electron/ipc/contract.js';
import { toApiError, type Problem } from '../api/ApiError.js';
import type { LinkState } from '../api/BridgeClient.js';

/** Receives the failure of a call, so that the store can tell whether containerd went away. */
export type FailureListener = (problem: Problem) => void;

/** Returns whether `kind` means that containerd cannot be reached at all. */
export function isUnreachable(kind: ErrorKind): boolean {
  return kind === 'unavailable' || kind === 'permission-denied';
}

/** The connection as the header shows it. */
export interface ConnectionState {
  readonly address: string;
  readonly namespace: string;
  /** `checking` until the first status arrives. */
  readonly state: 'checking' | 'connected' | 'disconnected';
  readonly version: string | null;
  /** The reason containerd cannot be reached, or the status call's failure. */
  readonly error: Problem | null;
  readonly namespaces: readonly string[];
  readonly namespacesError: Problem | null;
  /** Whether a namespace switch is under way. */
  readonly switching: boolean;
  /** The browser shell's socket; always `open` in Electron. */
  readonly link: LinkState;
  /** Reads the status; returns it, or null when the call failed. */
  readonly refresh: () => Promise<ConnectionStatus | null>;
  /**
   * Reads the status again when `problem` shows that containerd cannot be reached, so the header
   * follows a containerd that stopped. Failures that arrive together share one status call.
   */
  readonly noticeFailure: FailureListener;
  readonly loadNamespaces: () => Promise<void>;
  /** Switches namespace; returns the new status, or null when the switch failed. */
  readonly selectNamespace: (name: string) => Promise<ConnectionStatus | null>;
  readonly setLink: (link: LinkState) => void;
}

function fromStatus(status: ConnectionStatus): Partial<ConnectionState> {
  return {
    address: status.address,
    namespace: status.namespace,
    state: status.state,
    version: status.version,
    error: status.error,
  };
}

/** Creates the connection store on `api`. */
export function createConnectionStore(api: QuaysideApi): StoreApi<ConnectionState> {
  let recheck: Promise<unknown> | null = null;
  return createStore<ConnectionState>()((set, get) => ({
    address: '',
    namespace: '',
    state: 'checking',
    version: null,
    error: null,
    namespaces: [],
    namespacesError: null,
    switching: false,
    link: 'open',

    refresh: async () => {
      try {
        const status = await api.connection.status();
        set(fromStatus(status));
        return status;
      } catch (error) {
        set({ state: 'disconnected', version: null, error: toApiError(error) });
        return null;
      }
    },

    noticeFailure: (problem) => {
      if (!isUnreachable(problem.kind) || recheck !== null) {
        return;
      }
      recheck = get()
        .refresh()
        .finally(() => {
          recheck = null;
        });
    },

    loadNamespaces: async () => {
      try {
        const namespaces = await api.namespaces.list();
        set({ namespaces, namespacesError: null });
      } catch (error) {
        set({ namespacesError: toApiError(error) });
      }
    },

    selectNamespace: async (name) => {
      set({ switching: true, namespacesError: null });
      try {
        const status = await api.namespaces.select(name);
        set({ ...fromStatus(status), switching: false });
        return status;
      } catch (error) {
        set({ switching: false, namespacesError: toApiError(error) });
        return null;
      }
    },

    setLink: (link) => {
      set({ link });
    },
  }));
}

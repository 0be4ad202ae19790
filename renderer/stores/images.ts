// The images listing and the table's own state: sort, filter, the intermediate toggle,
// the selection (a set of row keys), the focused row and the open row menu.

import { createStore, type StoreApi } from 'zustand/vanilla';

import type { ImageListing, QuaysideApi } from '../../electron/ipc/contract.js';
import { toApiError, type Problem } from '../api/ApiError.js';
import type { ImageSort, ImageSortColumn } from '../images/visibleRows.js';
import type { FailureListener } from './connection.js';

/** The selection change of a click: plain (`only`), Ctrl/Cmd (`toggle`) or Shift (`range`). */
export type SelectMode = 'only' | 'toggle' | 'range';

/** The images listing and the table's state. */
export interface ImagesState {
  readonly listing: ImageListing | null;
  readonly loading: boolean;
  readonly error: Problem | null;
  readonly sort: ImageSort;
  readonly filter: string;
  readonly showIntermediate: boolean;
  readonly selection: ReadonlySet<string>;
  /** The row a Shift-click range starts from. */
  readonly anchor: string | null;
  readonly focused: string | null;
  /** The row whose action menu is open. */
  readonly menuFor: string | null;
  readonly load: () => Promise<void>;
  readonly clear: () => void;
  /** Sorts by `column`, or flips the direction when it is already the sort column. */
  readonly sortBy: (column: ImageSortColumn) => void;
  readonly setFilter: (filter: string) => void;
  readonly setShowIntermediate: (show: boolean) => void;
  /** Selects `key` by `mode`; `order` is the visible keys, for Shift ranges. */
  readonly select: (key: string, mode: SelectMode, order: readonly string[]) => void;
  /** Selects exactly `keys`. */
  readonly setSelection: (keys: readonly string[]) => void;
  readonly focus: (key: string | null) => void;
  readonly openMenu: (key: string | null) => void;
}

function rangeBetween(order: readonly string[], from: string | null, to: string): string[] {
  const start = from === null ? -1 : order.indexOf(from);
  const end = order.indexOf(to);
  if (start < 0 || end < 0) {
    return [to];
  }
  return order.slice(Math.min(start, end), Math.max(start, end) + 1);
}

function nextSelection(
  state: ImagesState,
  key: string,
  mode: SelectMode,
  order: readonly string[],
): Partial<ImagesState> {
  switch (mode) {
    case 'only':
      return { selection: new Set([key]), anchor: key, focused: key };
    case 'toggle': {
      const selection = new Set(state.selection);
      if (!selection.delete(key)) {
        selection.add(key);
      }
      return { selection, anchor: key, focused: key };
    }
    case 'range':
      return { selection: new Set(rangeBetween(order, state.anchor, key)), focused: key };
    default: {
      const unknown: never = mode;
      throw new Error(`unknown select mode ${String(unknown)}`);
    }
  }
}

/** Keeps only the keys that are still rows after a reload. */
function keepExisting(state: ImagesState, listing: ImageListing): Partial<ImagesState> {
  const keys = new Set(listing.rows.map((row) => row.key));
  const present = (key: string | null) => (key !== null && keys.has(key) ? key : null);
  return {
    selection: new Set([...state.selection].filter((key) => keys.has(key))),
    anchor: present(state.anchor),
    focused: present(state.focused),
    menuFor: present(state.menuFor),
  };
}

/**
 * Creates the images store on `api`, sorted newest first as `docker images` is. A failed load
 * goes to `onFailure` as well.
 */
export function createImagesStore(
  api: QuaysideApi,
  onFailure: FailureListener = () => undefined,
): StoreApi<ImagesState> {
  let latest = 0;
  return createStore<ImagesState>()((set, get) => ({
    listing: null,
    loading: false,
    error: null,
    sort: { column: 'created', direction: 'descending' },
    filter: '',
    showIntermediate: false,
    selection: new Set(),
    anchor: null,
    focused: null,
    menuFor: null,

    load: async () => {
      // Only the newest of overlapping loads may write, so an old reply never replaces a new one.
      const call = ++latest;
      set({ loading: true });
      try {
        const listing = await api.images.list();
        if (call === latest) {
          set({ listing, loading: false, error: null, ...keepExisting(get(), listing) });
        }
      } catch (error) {
        const problem = toApiError(error);
        onFailure(problem);
        if (call === latest) {
          set({ loading: false, error: problem });
        }
      }
    },

    clear: () => {
      latest += 1;
      set({
        listing: null,
        loading: false,
        error: null,
        selection: new Set(),
        anchor: null,
        focused: null,
        menuFor: null,
      });
    },

    sortBy: (column) => {
      const { sort } = get();
      const flip = sort.direction === 'ascending' ? 'descending' : 'ascending';
      set({ sort: { column, direction: sort.column === column ? flip : 'ascending' } });
    },

    setFilter: (filter) => {
      set({ filter });
    },
    setShowIntermediate: (showIntermediate) => {
      set({ showIntermediate });
    },
    select: (key, mode, order) => {
      set(nextSelection(get(), key, mode, order));
    },
    setSelection: (keys) => {
      set({ selection: new Set(keys), anchor: keys[0] ?? null });
    },
    focus: (focused) => {
      set({ focused });
    },
    openMenu: (menuFor) => {
      set({ menuFor });
    },
  }));
}

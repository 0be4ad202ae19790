// What planning one input decides before parents, output lines and freed bytes are added.

import type { ImageRecord } from '../containerd/model.js';
import type { Action, Conflict } from './types.js';

/** The decision for one resolved input. */
export type Decision =
  | { readonly kind: 'conflict'; readonly conflict: Conflict }
  | {
      readonly kind: 'act';
      readonly actions: readonly Action[];
      /** Whether the actions delete the image itself, which lets its parents be pruned. */
      readonly deletesImage: boolean;
      readonly keptDangling: string | null;
      readonly forced: boolean;
      /** Records the decision relies on staying, for example the other names of the image. */
      readonly keptRecords: readonly ImageRecord[];
    };

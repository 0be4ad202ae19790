// The main process's side of the contract: one async function per channel, and a feed of
// ChangeEvents. Electron's IPC and the browser shell's WebSocket both call through this.

import type { Arguments, ChangeEvent, Channel, Results } from './contract.js';

/** The calls behind every channel, and the subscription to changes in the current namespace. */
export type Services = {
  readonly [C in Channel]: (...args: Arguments[C]) => Promise<Results[C]>;
} & {
  /** Calls `listener` on every change in the current namespace; returns the unsubscribe. */
  readonly subscribe: (listener: (event: ChangeEvent) => void) => () => void;
};

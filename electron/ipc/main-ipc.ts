// Electron's side of the contract, and the only module that touches ipcMain. Each channel gets
// its own handler, so a channel outside the contract has no handler at all.

import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';

import { QuaysideError } from '../errors.js';
import { createLogger, type Logger } from '../log.js';
import { isAppPage } from './app-page.js';
import { channels, eventChannel, type Envelope } from './contract.js';
import { dispatch } from './dispatch.js';
import type { Services } from './services.js';

/** The services behind the handlers, the page allowed to call them and the window to notify. */
export interface MainIpcOptions {
  readonly services: Services;
  /** The app's page. Calls from any other frame are rejected. */
  readonly page: URL;
  /** The window's contents, which receive ChangeEvents on `eventChannel`. */
  readonly webContents: Pick<WebContents, 'send' | 'isDestroyed'>;
  readonly log?: Logger;
}

function rejectedSender(channel: string): Envelope<never> {
  const error = new QuaysideError(
    'permission-denied',
    `${channel} was called from a page other than Quayside's own, so the call was rejected.`,
  );
  return { ok: false, error: { kind: error.kind, message: error.message } };
}

/** Checks that a call comes from the app's page in the top frame of the window. */
function isTrustedSender(event: IpcMainInvokeEvent, page: URL): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isAppPage(frame.url, page);
}

/**
 * Registers one handler per channel of the contract and forwards ChangeEvents to the window.
 * Returns the function that removes the handlers and stops the forwarding.
 */
export function registerMainIpc(options: MainIpcOptions): () => void {
  const { services, page, webContents } = options;
  const log = options.log ?? createLogger();

  for (const channel of channels) {
    ipcMain.handle(channel, async (event: IpcMainInvokeEvent, ...args: unknown[]) => {
      if (!isTrustedSender(event, page)) {
        log.warn('IPC call rejected from an unknown sender', {
          channel,
          frameUrl: event.senderFrame?.url ?? null,
        });
        return rejectedSender(channel);
      }
      return dispatch(services, channel, args, log);
    });
  }

  const unsubscribe = services.subscribe((change) => {
    if (!webContents.isDestroyed()) {
      webContents.send(eventChannel, change);
    }
  });

  return () => {
    unsubscribe();
    for (const channel of channels) {
      ipcMain.removeHandler(channel);
    }
  };
}

// The Electron entry point: one instance, one window on the app's page, the IPC handlers behind
// it, and the services on the containerd named by `--address`/`--namespace` or the environment.

import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { app, BrowserWindow, nativeTheme, shell } from 'electron';

import { rendererDir } from './app/paths.js';
import { createServices, type AppServices } from './app/services.js';
import { readWindowArguments } from './app/window-arguments.js';
import { logFile, usableLogFile } from './cli/session.js';
import { resolveConnection } from './containerd/address.js';
import { registerMainIpc } from './ipc/main-ipc.js';
import { createLogger, type Logger } from './log.js';
import { createMainWindow } from './window.js';

/** Returns the page to load: the renderer's dev server in development, else the built file. */
function appPage(): URL {
  const devServer = process.env.QUAYSIDE_DEV_SERVER_URL;
  if (!app.isPackaged && devServer !== undefined && devServer !== '') {
    return new URL(devServer);
  }
  return pathToFileURL(join(rendererDir(), 'index.html'));
}

function createAppLogger(): Logger {
  const file = usableLogFile(logFile(process.env), (line) => {
    process.stderr.write(line + '\n');
  });
  return createLogger({ file });
}

async function openWindow(services: AppServices, page: URL, log: Logger): Promise<BrowserWindow> {
  const preloadPath = fileURLToPath(new URL('./preload.cjs', import.meta.url));
  const window = createMainWindow(
    { BrowserWindow, nativeTheme, shell },
    { preloadPath, page, log },
  );
  const unregister = registerMainIpc({ services, page, webContents: window.webContents, log });
  window.once('closed', unregister);
  await window.loadURL(page.href);
  return window;
}

async function start(log: Logger): Promise<void> {
  const target = resolveConnection(readWindowArguments(process.argv), process.env);
  const services = createServices({ ...target, log });
  const page = appPage();
  log.info('window starting', { address: target.address, namespace: target.namespace });

  let window = await openWindow(services, page, log);
  app.on('second-instance', () => {
    if (window.isDestroyed()) {
      return;
    }
    if (window.isMinimized()) {
      window.restore();
    }
    window.focus();
  });
  // macOS keeps the app running without windows and opens one again from the dock.
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) {
      openWindow(services, page, log).then(
        (opened) => (window = opened),
        (error: unknown) => {
          log.error('opening the window failed', { error: String(error) });
        },
      );
    }
  });
  app.on('will-quit', () => {
    services.close();
  });
}

const log = createAppLogger();
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  log.info('another Quayside window is already open, so this one quits');
  app.quit();
} else {
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') {
      app.quit();
    }
  });
  app
    .whenReady()
    .then(() => start(log))
    .catch((error: unknown) => {
      log.error('the window failed to start', { error: String(error) });
      app.exit(1);
    });
}

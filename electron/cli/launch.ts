// Opening the window: in Electron when its binary is installed, otherwise through the browser
// shell, which serves the same renderer on 127.0.0.1 and handles the same contract.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

import { packageRoot, rendererDir } from '../app/paths.js';
import { createSessionFactory } from '../app/services.js';
import { QuaysideError } from '../errors.js';
import type { Logger } from '../log.js';
import { startShellServer } from '../shell/server.js';
import type { Io } from './command.js';

/** The containerd and namespace the window opens on. */
export interface WindowTarget {
  readonly address: string;
  readonly namespace: string;
}

/** A running browser shell. */
export interface RunningShell {
  readonly url: string;
  close(): Promise<void>;
}

/** Starts the browser shell on 127.0.0.1:`port` (0 picks a free port). */
export async function startShell(
  target: WindowTarget,
  port: number,
  log: Logger,
): Promise<RunningShell> {
  const dir = rendererDir();
  if (!existsSync(join(dir, 'index.html'))) {
    throw new QuaysideError(
      'not-found',
      `the window is not built: ${dir}/index.html is missing. Run 'npm run build' first.`,
    );
  }
  const sessions = createSessionFactory({ ...target, log });
  let server: Awaited<ReturnType<typeof startShellServer>>;
  try {
    server = await startShellServer({ services: sessions.open, rendererDir: dir, port, log });
  } catch (error) {
    sessions.close();
    throw error;
  }
  log.info('browser shell started', { url: server.url.replace(/token=[^&]+/, 'token=…') });
  return {
    url: server.url,
    close: async () => {
      await server.close();
      sessions.close();
    },
  };
}

/** Returns the Electron binary's path, or null when the `electron` package has none installed. */
export function electronBinary(): string | null {
  try {
    const path: unknown = createRequire(import.meta.url)('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    // The package throws when its binary was never downloaded.
    return null;
  }
}

/** Runs the app in Electron and resolves with Electron's exit status. */
export async function runElectron(binary: string, target: WindowTarget, io: Io): Promise<number> {
  const args = [packageRoot(), '--', '--address', target.address, '--namespace', target.namespace];
  const child = spawn(binary, args, { stdio: 'inherit', env: io.env });
  return new Promise((resolve) => {
    child.on('exit', (code) => {
      resolve(code ?? 1);
    });
    child.on('error', (error) => {
      io.err(`Error: could not start Electron at ${binary}: ${error.message}`);
      resolve(1);
    });
  });
}

/** Opens `url` in the default browser when there is a desktop to show it on; best effort. */
export function openBrowser(url: string, env: NodeJS.ProcessEnv): void {
  const opener = process.platform === 'darwin' ? 'open' : 'xdg-open';
  const hasDesktop =
    process.platform === 'darwin' || env.DISPLAY !== undefined || env.WAYLAND_DISPLAY !== undefined;
  if (!hasDesktop) {
    return;
  }
  const child = spawn(opener, [url], { detached: true, stdio: 'ignore' });
  child.on('error', () => undefined);
  child.unref();
}

/** Resolves when the process receives SIGINT or SIGTERM. */
export async function untilInterrupted(): Promise<void> {
  await new Promise<void>((resolve) => {
    const done = (): void => {
      process.off('SIGINT', done);
      process.off('SIGTERM', done);
      resolve();
    };
    process.on('SIGINT', done);
    process.on('SIGTERM', done);
  });
}

/**
 * Downloads the Electron binary with the `electron` package's own installer, which `npm ci`
 * does not run (install scripts are off in `.npmrc`). Returns the binary, or null when the
 * download failed, for example on a machine without access to GitHub.
 */
export function downloadElectron(io: Io, log: Logger): string | null {
  const installer = createRequire(import.meta.url).resolve('electron/install.js');
  io.err('Downloading the Electron binary (about 100 MB)...');
  const outcome = spawnSync(process.execPath, [installer], {
    encoding: 'utf8',
    env: io.env,
    timeout: 10 * 60_000,
  });
  if (outcome.status !== 0) {
    const output = outcome.stderr.trim() === '' ? (outcome.error?.message ?? '') : outcome.stderr;
    const detail = output.trim().split('\n')[0] ?? '';
    log.warn('the Electron download failed', { detail });
    return null;
  }
  return electronBinary();
}

/** Returns whether Chromium refuses this user: root on Linux, with the sandbox kept on. */
function rootBlocksElectron(uid: number | null): boolean {
  return uid === 0 && process.platform === 'linux';
}

/**
 * Returns why the window cannot open in Electron here, as one plain sentence, or null when it can.
 * Chromium refuses to run as root on Linux unless its sandbox is turned off, and Quayside keeps
 * the sandbox on, so root gets the browser shell.
 */
export function electronUnavailable(binary: string | null, uid: number | null): string | null {
  if (rootBlocksElectron(uid)) {
    return (
      'Electron does not run as root with its sandbox on, so Quayside opens in your browser ' +
      "instead; for the desktop window, run it as a user who may open containerd's socket."
    );
  }
  if (binary === null) {
    return (
      'The Electron binary is not installed and could not be downloaded, so Quayside opens ' +
      'in your browser instead.'
    );
  }
  return null;
}

/**
 * Opens the window on `target` and returns when it is closed: Electron when it can run (after
 * downloading it if it is missing), else the browser shell until Ctrl-C.
 */
export async function openWindow(
  target: WindowTarget,
  port: number,
  io: Io,
  log: Logger,
): Promise<number> {
  const uid = process.getuid?.() ?? null;
  let binary = electronBinary();
  if (binary === null && !rootBlocksElectron(uid)) {
    binary = downloadElectron(io, log);
  }
  const reason = electronUnavailable(binary, uid);
  if (binary !== null && reason === null) {
    return runElectron(binary, target, io);
  }

  io.err(reason ?? '');
  const shell = await startShell(target, port, log);
  io.out(`Quayside is running at ${shell.url}`);
  io.out('Press Ctrl-C to stop.');
  openBrowser(shell.url, io.env);
  await untilInterrupted();
  await shell.close();
  return 0;
}

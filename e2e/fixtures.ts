// Fixtures of the end-to-end tests: one private containerd for the run, and for each test a
// namespace of its own with `quayside ui` (the built command, started as users start it) serving
// the window on 127.0.0.1.

import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { test as base } from '@playwright/test';

import { recordNames } from '../electron/cli/testing/harness.js';
import { startSandbox, type Sandbox } from '../electron/sandbox/index.js';

/** The record names of a namespace, read with ctr, not through the window. */
export { recordNames };

const command = fileURLToPath(new URL('../bin/quayside.js', import.meta.url));
const built = fileURLToPath(new URL('../dist/renderer/index.html', import.meta.url));

/** A running `quayside ui` on one namespace. */
export interface Shell {
  readonly url: string;
  readonly origin: string;
  readonly namespace: string;
  stop(): Promise<void>;
}

/** Shells started by the running test, stopped when it ends even if it failed. */
const running = new Set<Shell>();

/** Starts `quayside ui --port 0` on `namespace` and resolves with the URL it prints. */
export async function startShell(sandbox: Sandbox, namespace: string): Promise<Shell> {
  if (!existsSync(built)) {
    throw new Error(`the window is not built (${built} is missing): run 'npm run build' first`);
  }
  const child = spawn(
    process.execPath,
    [command, 'ui', '--port', '0', '--address', sandbox.address, '--namespace', namespace],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, QUAYSIDE_LOG_FILE: '' } },
  );
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
  };
  let url: string;
  try {
    url = await readUrl(child);
  } catch (error) {
    await stop();
    throw error;
  }
  const shell: Shell = {
    url,
    origin: new URL(url).origin,
    namespace,
    stop: async () => {
      running.delete(shell);
      await stop();
    },
  };
  running.add(shell);
  return shell;
}

async function readUrl(child: ChildProcess): Promise<string> {
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`quayside ui printed no URL within 20 s:\n${output}`));
    }, 20_000);
    const read = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /Quayside is running at (\S+)/.exec(output);
      if (match?.[1] !== undefined) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`quayside ui exited with ${String(code)}:\n${output}`));
    });
  });
}

let namespaceCount = 0;

export const test = base.extend<{ namespace: string }, { sandbox: Sandbox }>({
  sandbox: [
    // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructured fixtures argument
    async ({}, use) => {
      const sandbox = await startSandbox();
      await use(sandbox);
      await sandbox.stop();
    },
    { scope: 'worker', timeout: 120_000 },
  ],
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructured fixtures argument
  namespace: async ({}, use) => {
    namespaceCount += 1;
    await use(`e2e-${String(process.pid)}-${String(namespaceCount)}`);
    await Promise.all([...running].map(async (shell) => shell.stop()));
  },
});

export { expect } from '@playwright/test';

// A private containerd for tests, the benchmark and `quayside demo`: its own root, state and
// socket inside a new temporary folder, no TCP listener, and a stop() that leaves nothing behind.

import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, closeSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { ContainerdClient } from '../containerd/client.js';
import { QuaysideError } from '../errors.js';
import { requirePrograms } from './commands.js';
import { stopSandboxProcesses } from './cleanup.js';

/** A running private containerd. */
export interface Sandbox {
  /** Path of the gRPC socket. */
  readonly address: string;
  /** The temporary folder that contains everything the sandbox writes. */
  readonly dir: string;
  /** Paths of containerd, ctr and runc. */
  readonly programs: Readonly<Record<'containerd' | 'ctr' | 'runc', string>>;
  /** Root folder for runc state, passed to every `ctr run`, so tasks never meet the host's. */
  readonly runcRoot: string;
  /** Stops every task, shim and containerd, unmounts and removes `dir`; safe to call twice. */
  stop(): Promise<void>;
}

/** Options of startSandbox. */
export interface SandboxOptions {
  /** How long to wait for containerd to accept calls, in milliseconds; 30 000 unless set. */
  readonly startTimeoutMs?: number;
}

// Plugins the sandbox does not use: CRI opens listeners and needs CNI, the other snapshotters
// need kernel features or block devices that tests do not have.
const disabledPlugins = [
  'io.containerd.grpc.v1.cri',
  'io.containerd.snapshotter.v1.aufs',
  'io.containerd.snapshotter.v1.btrfs',
  'io.containerd.snapshotter.v1.devmapper',
  'io.containerd.snapshotter.v1.zfs',
  'io.containerd.tracing.processor.v1.otlp',
  'io.containerd.internal.v1.tracing',
];

function configText(dir: string): string {
  const quoted = (value: string): string => JSON.stringify(value);
  return [
    'version = 2',
    `root = ${quoted(join(dir, 'root'))}`,
    `state = ${quoted(join(dir, 'state'))}`,
    `disabled_plugins = [${disabledPlugins.map(quoted).join(', ')}]`,
    '',
    '[grpc]',
    `  address = ${quoted(join(dir, 'containerd.sock'))}`,
    '',
    '[ttrpc]',
    `  address = ${quoted(join(dir, 'containerd.sock.ttrpc'))}`,
    '',
    '# Debug and metrics listen on a unix socket in the folder or not at all, never on TCP.',
    '[debug]',
    `  address = ${quoted(join(dir, 'debug.sock'))}`,
    '',
    '[metrics]',
    '  address = ""',
    '',
    '[plugins."io.containerd.internal.v1.opt"]',
    `  path = ${quoted(join(dir, 'opt'))}`,
    '',
  ].join('\n');
}

function requireRoot(): void {
  if (process.getuid?.() !== 0) {
    throw new QuaysideError(
      'permission-denied',
      'The sandbox starts containerd and mounts overlay filesystems, which needs root. Run as root.',
    );
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolveSleep) => setTimeout(resolveSleep, ms));
}

async function waitForContainerd(
  address: string,
  child: ChildProcess,
  dir: string,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown = null;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new QuaysideError(
        'unavailable',
        `containerd exited with code ${child.exitCode} during start; see ${join(dir, 'containerd.log')}.`,
      );
    }
    if (existsSync(address)) {
      const client = ContainerdClient.open(address, { timeoutMs: 2000 });
      try {
        await client.version();
        return;
      } catch (error) {
        lastError = error;
      } finally {
        client.close();
      }
    }
    await sleep(100);
  }
  const reason = lastError instanceof Error ? lastError.message : 'the socket never appeared';
  throw new QuaysideError(
    'unavailable',
    `containerd did not answer within ${timeoutMs} ms: ${reason}`,
  );
}

/** Starts a private containerd in a new temporary folder; the caller must call stop(). */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  requireRoot();
  const found = requirePrograms({ containerd: 'containerd', ctr: 'containerd', runc: 'runc' });
  const programs = {
    containerd: found.containerd ?? '',
    ctr: found.ctr ?? '',
    runc: found.runc ?? '',
  };

  const dir = mkdtempSync(join(tmpdir(), 'quayside-sandbox-'));
  const address = join(dir, 'containerd.sock');
  const configPath = join(dir, 'config.toml');
  writeFileSync(configPath, configText(dir));

  const log = openSync(join(dir, 'containerd.log'), 'a');
  const child = spawn(programs.containerd, ['--config', configPath], {
    detached: true,
    stdio: ['ignore', log, log],
  });
  closeSync(log);
  child.unref();

  let stopped = false;
  const stopNow = (): void => {
    if (!stopped) {
      stopped = true;
      process.off('exit', stopNow);
      stopSandboxProcesses({ dir, address, ctr: programs.ctr, containerdPid: child.pid ?? null });
    }
  };
  process.on('exit', stopNow);

  const sandbox: Sandbox = {
    address,
    dir,
    programs,
    runcRoot: join(dir, 'runc'),
    stop: () => {
      stopNow();
      return Promise.resolve();
    },
  };
  try {
    await waitForContainerd(address, child, dir, options.startTimeoutMs ?? 30_000);
  } catch (error) {
    stopNow();
    throw error;
  }
  return sandbox;
}

// Tears a sandbox down synchronously, so that it also runs from a process 'exit' handler: tasks,
// shims (containerd-shim-runc-v2 outlives containerd), containerd, mounts, then the folder.

import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

import { createLogger } from '../log.js';
import { findOnPath, runSync } from './commands.js';

const log = createLogger();

/** The folder, socket and process ID by which stopSandboxProcesses finds what the sandbox started. */
export interface SandboxProcesses {
  readonly dir: string;
  readonly address: string;
  readonly ctr: string;
  readonly containerdPid: number | null;
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Returns whether `pid` runs. A zombie counts as gone, because a blocked event loop cannot reap it. */
function isAlive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    return state !== 'Z' && state !== 'X';
  } catch {
    return false;
  }
}

function killAndWait(pid: number, timeoutMs: number): void {
  const signal = (name: NodeJS.Signals): void => {
    try {
      process.kill(pid, name);
    } catch {
      // The process is already gone.
    }
  };
  signal('SIGTERM');
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid) && Date.now() < deadline) {
    sleepSync(50);
  }
  if (isAlive(pid)) {
    signal('SIGKILL');
  }
}

function lines(text: string | null): string[] {
  return (text ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** Force-deletes every task of every namespace while containerd still serves calls. */
function deleteTasks(ctr: string, address: string): void {
  for (const namespace of lines(runSync(ctr, ['-a', address, 'namespaces', 'ls', '-q']))) {
    for (const id of lines(runSync(ctr, ['-a', address, '-n', namespace, 'tasks', 'ls', '-q']))) {
      runSync(ctr, ['-a', address, '-n', namespace, 'tasks', 'rm', '-f', id]);
    }
  }
}

/** Returns the process IDs of shims that serve the sandbox's socket. */
function findShims(address: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) {
      continue;
    }
    try {
      const args = readFileSync(join('/proc', entry, 'cmdline'), 'utf8').split('\0');
      const program = args[0] ?? '';
      if (program.includes('containerd-shim') && args.includes(address)) {
        pids.push(Number(entry));
      }
    } catch {
      // The process exited while the list was read.
    }
  }
  return pids;
}

/** Deletes containers that runc still lists in the sandbox's runc root, after the shims are gone. */
function deleteRuncContainers(runcRoot: string): void {
  const runc = findOnPath('runc');
  if (runc === null) {
    return;
  }
  let namespaces: string[] = [];
  try {
    namespaces = readdirSync(runcRoot);
  } catch {
    return;
  }
  for (const namespace of namespaces) {
    const root = join(runcRoot, namespace);
    for (const id of lines(runSync(runc, ['--root', root, 'list', '-q']))) {
      runSync(runc, ['--root', root, 'delete', '--force', id]);
    }
  }
}

function decodeMountPath(field: string): string {
  return field.replace(/\\([0-7]{3})/g, (_match, octal: string) =>
    String.fromCharCode(parseInt(octal, 8)),
  );
}

/** Returns the mount points at or under `dir`, deepest first. */
export function mountsUnder(dir: string, mountInfo: string): string[] {
  const points = mountInfo
    .split('\n')
    .map((line) => decodeMountPath(line.split(' ')[4] ?? ''))
    .filter((point) => point === dir || point.startsWith(dir + '/'));
  return points.sort((left, right) => right.length - left.length);
}

function unmountAll(dir: string): string[] {
  for (const point of mountsUnder(dir, readFileSync('/proc/self/mountinfo', 'utf8'))) {
    if (runSync('umount', [point]) === null) {
      runSync('umount', ['-l', point]);
    }
  }
  return mountsUnder(dir, readFileSync('/proc/self/mountinfo', 'utf8'));
}

/** Stops everything the sandbox started and removes its folder. */
export function stopSandboxProcesses(sandbox: SandboxProcesses): void {
  const { dir, address, ctr, containerdPid } = sandbox;
  if (containerdPid !== null && isAlive(containerdPid)) {
    deleteTasks(ctr, address);
    killAndWait(containerdPid, 10_000);
  }
  for (const pid of findShims(address)) {
    killAndWait(pid, 2_000);
  }
  deleteRuncContainers(join(dir, 'runc'));

  const left = unmountAll(dir);
  if (left.length > 0) {
    log.error('sandbox mounts could not be unmounted; the folder is kept', {
      dir,
      mounts: left.join(','),
    });
    return;
  }
  rmSync(dir, { recursive: true, force: true });
}

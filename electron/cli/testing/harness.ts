// Runs `quayside` in-process against a sandbox containerd and reads containerd's state with ctr,
// so tests check the command's output against what containerd really holds.

import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { ctr, type Sandbox } from '../../sandbox/index.js';
import { main } from '../main.js';

/** What one run of the command printed, and its exit status. */
export interface CommandRun {
  readonly status: number;
  readonly out: readonly string[];
  readonly err: readonly string[];
}

/** A way to run the command on one sandbox namespace, with its own log file. */
export interface CommandHarness {
  readonly logFile: string;
  run(...argv: string[]): Promise<CommandRun>;
  /** The log file's lines so far. */
  logLines(): readonly string[];
}

/** Returns a harness whose commands target `namespace` of `sandbox`. */
export function commandHarness(sandbox: Sandbox, namespace: string): CommandHarness {
  const logFile = join(mkdtempSync(join(tmpdir(), 'quayside-log-')), 'quayside.log');
  const env = {
    CONTAINERD_ADDRESS: sandbox.address,
    CONTAINERD_NAMESPACE: namespace,
    QUAYSIDE_LOG_FILE: logFile,
  };
  return {
    logFile,
    run: async (...argv) => {
      const out: string[] = [];
      const err: string[] = [];
      const status = await main(argv, {
        out: (line) => out.push(line),
        err: (line) => err.push(line),
        env,
      });
      return { status, out, err };
    },
    logLines: () => {
      try {
        return readFileSync(logFile, 'utf8')
          .split('\n')
          .filter((line) => line !== '');
      } catch {
        return [];
      }
    },
  };
}

/** Reads the record names of `namespace` with `ctr images ls -q`. */
export async function recordNames(sandbox: Sandbox, namespace: string): Promise<string[]> {
  const listing = await ctr(sandbox, namespace, ['images', 'ls', '-q']);
  return listing
    .split('\n')
    .filter((line) => line !== '')
    .sort();
}

/** Reads the content digests present in `namespace` with `ctr content ls -q`. */
export async function contentDigests(sandbox: Sandbox, namespace: string): Promise<Set<string>> {
  const listing = await ctr(sandbox, namespace, ['content', 'ls', '-q']);
  return new Set(listing.split('\n').filter((line) => line !== ''));
}

/** Kills and removes container `id` and its task. */
export async function removeContainer(
  sandbox: Sandbox,
  namespace: string,
  id: string,
): Promise<void> {
  await ctr(sandbox, namespace, ['tasks', 'kill', '-s', 'SIGKILL', id]).catch(() => '');
  await ctr(sandbox, namespace, ['tasks', 'delete', '-f', id]).catch(() => '');
  await ctr(sandbox, namespace, ['containers', 'delete', id]);
}

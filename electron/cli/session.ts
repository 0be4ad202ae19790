// Opens the containerd namespace a command works on, from its flags and the environment.

import { appendFileSync, mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';

import { createLogger, type Logger } from '../log.js';
import type { ContainerdNamespace } from '../containerd/namespace.js';
import { openContainerd } from '../app/connection.js';
import type { ParsedArgs } from './args.js';
import { connectionFlagsOf, type Io } from './command.js';

/** The namespace a command acts on, and how to let go of it. */
export interface Session {
  readonly namespace: ContainerdNamespace;
  readonly log: Logger;
  close(): void;
}

/**
 * Opens the namespace named by `--address`/`--namespace` (or CONTAINERD_ADDRESS and
 * CONTAINERD_NAMESPACE). Throws a QuaysideError whose message names the fix when containerd
 * cannot be reached or the namespace does not exist.
 */
export async function openSession(args: ParsedArgs, io: Io): Promise<Session> {
  const log = createCommandLogger(io);
  const connection = await openContainerd(connectionFlagsOf(args), io.env, log);
  return {
    namespace: connection.namespace,
    log,
    close: () => {
      connection.close();
    },
  };
}

/**
 * Creates the command's logger: warnings and errors on standard error, and every `info` line (each removed
 * record with its digest) in the log file, so that what was removed can be re-created by hand.
 */
export function createCommandLogger(io: Io): Logger {
  const level = io.env.QUAYSIDE_LOG_LEVEL;
  return createLogger({
    level: level === 'debug' || level === 'info' || level === 'error' ? level : 'warn',
    file: usableLogFile(logFile(io.env), io.err),
    write: io.err,
  });
}

/**
 * Returns `file` once its folder exists and it can be appended to, or null after one warning
 * through `warn` when it cannot, so that an unwritable log never stops a command or the window.
 */
export function usableLogFile(file: string | null, warn: (line: string) => void): string | null {
  if (file === null) {
    return null;
  }
  try {
    mkdirSync(dirname(file), { recursive: true });
    appendFileSync(file, '');
    return file;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    warn(
      `Warning: no log file, because ${file} cannot be written (${reason}). Set QUAYSIDE_LOG_FILE to a writable path, or to an empty value to turn the log file off.`,
    );
    return null;
  }
}

/**
 * Returns the log file: QUAYSIDE_LOG_FILE, else `quayside/quayside.log` under XDG_STATE_HOME (default
 * ~/.local/state). An empty QUAYSIDE_LOG_FILE turns the file off.
 */
export function logFile(env: NodeJS.ProcessEnv): string | null {
  const explicit = env.QUAYSIDE_LOG_FILE;
  if (explicit !== undefined) {
    return explicit === '' ? null : explicit;
  }
  const stateHome = env.XDG_STATE_HOME ?? join(homedir(), '.local', 'state');
  return join(stateHome, 'quayside', 'quayside.log');
}

// Runs the external programs the sandbox drives (containerd, ctr, skopeo, umount) and finds them.

import { execFile, execFileSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';

import { QuaysideError } from '../errors.js';

const execFileAsync = promisify(execFile);

/** Returns the path of `program` on PATH, or null. */
export function findOnPath(program: string): string | null {
  const folders = (process.env.PATH ?? '').split(delimiter).filter((folder) => folder !== '');
  for (const folder of [...folders, '/usr/sbin', '/sbin']) {
    const candidate = join(folder, program);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // Not in this folder; the next one may have it.
    }
  }
  return null;
}

/** Returns the path of each program, or throws naming every one that is missing and its package. */
export function requirePrograms(
  programs: Readonly<Record<string, string>>,
): Record<string, string> {
  const found: Record<string, string> = {};
  const missing: string[] = [];
  for (const [program, debianPackage] of Object.entries(programs)) {
    const path = findOnPath(program);
    if (path === null) {
      missing.push(`${program} (Debian package ${debianPackage})`);
    } else {
      found[program] = path;
    }
  }
  if (missing.length > 0) {
    throw new QuaysideError(
      'unavailable',
      `The sandbox needs programs that are not on PATH: ${missing.join(', ')}. Install them and retry.`,
    );
  }
  return found;
}

/** Runs a program to completion; a failure carries its standard error in the message. */
export async function run(
  program: string,
  args: readonly string[],
  timeoutMs = 120_000,
): Promise<string> {
  try {
    const { stdout } = await execFileAsync(program, [...args], {
      timeout: timeoutMs,
      maxBuffer: 64 * 1024 * 1024,
    });
    return stdout;
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim() ?? '';
    const text = error instanceof Error ? error.message : String(error);
    throw new QuaysideError('internal', `${program} ${args.join(' ')} failed: ${stderr || text}`, {
      cause: error,
    });
  }
}

/** Runs a program synchronously, for cleanup on process exit; returns null when it fails. */
export function runSync(
  program: string,
  args: readonly string[],
  timeoutMs = 30_000,
): string | null {
  try {
    return execFileSync(program, [...args], {
      timeout: timeoutMs,
      stdio: ['ignore', 'pipe', 'pipe'],
    }).toString();
  } catch {
    return null;
  }
}

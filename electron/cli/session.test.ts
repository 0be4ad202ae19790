import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { logFile, usableLogFile } from './session.js';

describe('usableLogFile', () => {
  it('creates the folder and keeps the file', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'quayside-log-')), 'state', 'quayside.log');
    const warnings: string[] = [];

    expect(usableLogFile(file, (line) => warnings.push(line))).toBe(file);
    expect(readFileSync(file, 'utf8')).toBe('');
    expect(warnings).toEqual([]);
  });

  it('turns the file off with one warning when it cannot be written', () => {
    const folder = mkdtempSync(join(tmpdir(), 'quayside-log-'));
    writeFileSync(join(folder, 'plain-file'), '');
    const file = join(folder, 'plain-file', 'quayside.log');
    const warnings: string[] = [];

    expect(usableLogFile(file, (line) => warnings.push(line))).toBeNull();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(`no log file, because ${file} cannot be written`);
  });
});

describe('logFile', () => {
  it.each([
    { env: { QUAYSIDE_LOG_FILE: '/tmp/q.log' }, file: '/tmp/q.log' },
    { env: { QUAYSIDE_LOG_FILE: '' }, file: null },
    { env: { XDG_STATE_HOME: '/state' }, file: '/state/quayside/quayside.log' },
  ])('reads $env', ({ env, file }) => {
    expect(logFile(env)).toBe(file);
  });
});

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readlinkSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { splitPath, tarHeader, writeTar } from './tar.js';

const entries = [
  { kind: 'directory', path: 'bin' },
  { kind: 'file', path: 'bin/hello', data: Buffer.from('hello\n'), mode: 0o755 },
  { kind: 'symlink', path: 'bin/hi', target: 'hello' },
] as const;

describe('writeTar', () => {
  it('pads to whole blocks and ends with two zero blocks', () => {
    const archive = writeTar(entries);

    expect(archive.length % 512).toBe(0);
    expect(archive.subarray(-1024).every((byte) => byte === 0)).toBe(true);
  });

  it('extracts with GNU tar', () => {
    const folder = mkdtempSync(join(tmpdir(), 'quayside-tar-'));
    try {
      execFileSync('tar', ['-x', '-C', folder], { input: writeTar(entries) });

      expect(readFileSync(join(folder, 'bin/hello'), 'utf8')).toBe('hello\n');
      expect(statSync(join(folder, 'bin/hello')).mode & 0o777).toBe(0o755);
      expect(readlinkSync(join(folder, 'bin/hi'))).toBe('hello');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('gives equal bytes for equal input', () => {
    expect(writeTar(entries).equals(writeTar(entries))).toBe(true);
  });
});

describe('tarHeader', () => {
  it('carries a checksum tar accepts', () => {
    const header = tarHeader({ kind: 'file', path: 'a', data: Buffer.alloc(3) }, 3);
    const stored = parseInt(header.subarray(148, 154).toString(), 8);
    const copy = Buffer.from(header);
    copy.fill(' ', 148, 156);

    expect(stored).toBe(copy.reduce((sum, byte) => sum + byte, 0));
  });

  it('marks folders with a slash and type 5', () => {
    const header = tarHeader({ kind: 'directory', path: 'etc' }, 0);

    expect(header.subarray(0, 4).toString()).toBe('etc/');
    expect(String.fromCharCode(header[156] ?? 0)).toBe('5');
  });
});

describe('splitPath', () => {
  it('keeps a short path whole', () => {
    expect(splitPath('bin/sh')).toEqual({ prefix: '', name: 'bin/sh' });
  });

  it('moves leading folders of a long path into the prefix', () => {
    const path = `${'a'.repeat(80)}/${'b'.repeat(80)}`;

    expect(splitPath(path)).toEqual({ prefix: 'a'.repeat(80), name: 'b'.repeat(80) });
  });

  it('rejects a name that cannot fit', () => {
    expect(() => splitPath('c'.repeat(120))).toThrow('too long');
  });
});

import { describe, expect, it } from 'vitest';

import { type IndexEntry, chooseManifest, formatPlatform, normalizePlatform } from './platform.js';

function entry(digest: string, os: string, architecture: string, variant?: string): IndexEntry {
  const platform = variant === undefined ? { os, architecture } : { os, architecture, variant };
  return { digest, size: 1, platform };
}

const amd64 = { os: 'linux', architecture: 'amd64', variant: '' };
const arm64 = { os: 'linux', architecture: 'arm64', variant: 'v8' };
const armV7 = { os: 'linux', architecture: 'arm', variant: 'v7' };

describe('chooseManifest', () => {
  it('takes the exact platform over a fallback', () => {
    const entries = [entry('i386', 'linux', '386'), entry('amd64', 'linux', 'amd64')];

    expect(chooseManifest(entries, amd64)?.digest).toBe('amd64');
  });

  it('falls back to 386 on amd64', () => {
    expect(chooseManifest([entry('i386', 'linux', '386')], amd64)?.digest).toBe('i386');
  });

  it('accepts arm64 without a variant', () => {
    expect(chooseManifest([entry('a', 'linux', 'arm64')], arm64)?.digest).toBe('a');
  });

  it('prefers arm v7 over v6 on arm64', () => {
    const entries = [entry('v6', 'linux', 'arm', 'v6'), entry('v7', 'linux', 'arm', 'v7')];

    expect(chooseManifest(entries, arm64)?.digest).toBe('v7');
  });

  it('never runs v7 on an arm v6 host', () => {
    const host = { os: 'linux', architecture: 'arm', variant: 'v6' };

    expect(chooseManifest([entry('v7', 'linux', 'arm', 'v7')], host)).toBeNull();
  });

  it('runs v6 on an arm v7 host', () => {
    expect(chooseManifest([entry('v6', 'linux', 'arm', 'v6')], armV7)?.digest).toBe('v6');
  });

  it('skips attestation manifests', () => {
    const attestation: IndexEntry = {
      digest: 'att',
      size: 1,
      platform: { os: 'linux', architecture: 'amd64' },
      annotations: { 'vnd.docker.reference.type': 'attestation-manifest' },
    };

    expect(chooseManifest([attestation, entry('img', 'linux', 'amd64')], amd64)?.digest).toBe(
      'img',
    );
  });

  it('ignores other operating systems and missing platforms', () => {
    const entries = [entry('win', 'windows', 'amd64'), { digest: 'bare', size: 1 }];

    expect(chooseManifest(entries, amd64)).toBeNull();
  });

  it('takes the first of equal entries', () => {
    const entries = [entry('first', 'linux', 'amd64'), entry('second', 'linux', 'amd64')];

    expect(chooseManifest(entries, amd64)?.digest).toBe('first');
  });
});

describe('normalizePlatform', () => {
  it.each([
    [{ os: 'Linux', architecture: 'x86_64', variant: '' }, 'linux/amd64'],
    [{ os: 'linux', architecture: 'aarch64', variant: '' }, 'linux/arm64/v8'],
    [{ os: 'linux', architecture: 'arm', variant: '' }, 'linux/arm/v7'],
    [{ os: 'linux', architecture: 'arm', variant: '6' }, 'linux/arm/v6'],
  ])('%o is %s', (platform, expected) => {
    expect(formatPlatform(normalizePlatform(platform))).toBe(expected);
  });
});

import { describe, expect, it } from 'vitest';

import { formatBytes } from './formatBytes.js';
import { formatRelativeTime } from './formatTime.js';
import { shortContainerId } from './shortId.js';

describe('formatBytes', () => {
  it.each([
    [0, '0 B'],
    [999, '999 B'],
    [1000, '1 kB'],
    [24_800_000, '24.8 MB'],
    [1_234_567, '1.23 MB'],
    [1_053_000, '1.05 MB'],
    [77_809_000, '77.8 MB'],
    [1_250_000_000, '1.25 GB'],
  ])('formats %d bytes as %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });
});

describe('formatRelativeTime', () => {
  const now = Date.parse('2026-06-01T12:00:00Z');
  const before = (seconds: number) => new Date(now - seconds * 1000).toISOString();

  it.each([
    [2, 'just now'],
    [30, '30 seconds ago'],
    [180, '3 minutes ago'],
    [2 * 3600, '2 hours ago'],
    [3 * 24 * 3600, '3 days ago'],
    [14 * 24 * 3600, '2 weeks ago'],
    [400 * 24 * 3600, '1 year ago'],
  ])('formats %d seconds ago', (seconds, text) => {
    expect(formatRelativeTime(before(seconds), now)).toBe(text);
  });

  it('returns unknown for an invalid time', () => {
    expect(formatRelativeTime('not a time', now)).toBe('unknown');
  });
});

describe('shortContainerId', () => {
  it.each([
    ['a'.repeat(64), 'a'.repeat(12)],
    ['web', 'web'],
    ['a-container-with-a-long-name', 'a-container-with-a-long-name'],
    ['A'.repeat(64), 'A'.repeat(64)],
  ])('shows %s as %s', (id, shown) => {
    expect(shortContainerId(id)).toBe(shown);
  });
});

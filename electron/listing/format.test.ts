import { describe, expect, it } from 'vitest';

import { container, image, inventoryOf } from '../testing/builders.js';
import { formatContainersTable, listContainers } from './containers.js';
import { createdSince, formatTable, humanDuration, humanSize } from './format.js';
import { formatImagesTable, listImages } from './images.js';

const second = 1000;
const minute = 60 * second;
const hour = 60 * minute;
const day = 24 * hour;

describe('formatTable', () => {
  it('lays out columns as docker images does', () => {
    const lines = formatTable([
      ['REPOSITORY', 'TAG', 'IMAGE ID', 'CREATED', 'SIZE'],
      ['bar', 'latest', 'e0acf0b8fb59', '2 seconds ago', '24.8MB'],
      ['bash', 'latest', 'e0acf0b8fb59', '19 seconds ago', '24.8MB'],
    ]);

    expect(lines).toEqual([
      'REPOSITORY   TAG       IMAGE ID       CREATED          SIZE',
      'bar          latest    e0acf0b8fb59   2 seconds ago    24.8MB',
      'bash         latest    e0acf0b8fb59   19 seconds ago   24.8MB',
    ]);
  });

  it('lays out an empty table as docker images does', () => {
    expect(formatTable([['REPOSITORY', 'TAG', 'IMAGE ID', 'CREATED', 'SIZE']])).toEqual([
      'REPOSITORY   TAG       IMAGE ID   CREATED   SIZE',
    ]);
  });

  it('widens a column for a long registry name', () => {
    const lines = formatTable([
      ['REPOSITORY', 'TAG', 'SIZE'],
      ['127.0.0.1:5055/test/base', 'latest', '3.08MB'],
    ]);

    expect(lines).toEqual([
      'REPOSITORY                 TAG       SIZE',
      '127.0.0.1:5055/test/base   latest    3.08MB',
    ]);
  });
});

describe('humanDuration', () => {
  it.each([
    [0, 'Less than a second'],
    [-5 * second, 'Less than a second'],
    [1 * second, '1 second'],
    [59 * second, '59 seconds'],
    [60 * second, 'About a minute'],
    [119 * second, 'About a minute'],
    [3 * minute, '3 minutes'],
    [59 * minute, '59 minutes'],
    [60 * minute, 'About an hour'],
    [89 * minute, 'About an hour'],
    [91 * minute, '2 hours'],
    [47 * hour, '47 hours'],
    [48 * hour, '2 days'],
    [13 * day, '13 days'],
    [14 * day, '2 weeks'],
    [59 * day, '8 weeks'],
    [60 * day, '2 months'],
    [729 * day, '24 months'],
    [730 * day, '2 years'],
  ])('formats %i ms as %s', (milliseconds, text) => {
    expect(humanDuration(milliseconds)).toBe(text);
  });
});

describe('humanSize', () => {
  it.each([
    [0, '0B'],
    [512, '512B'],
    [1_000, '1kB'],
    [1_500, '1.5kB'],
    [24_812_345, '24.8MB'],
    [3_080_000, '3.08MB'],
    [100_000_000, '100MB'],
    [999_999, '1e+03kB'],
    [1_234_567_890, '1.23GB'],
  ])('formats %i bytes as %s', (bytes, text) => {
    expect(humanSize(bytes)).toBe(text);
  });
});

describe('createdSince', () => {
  it('counts from the given time', () => {
    const now = new Date('2026-01-01T00:03:10Z');

    expect(createdSince('2026-01-01T00:00:00Z', now)).toBe('3 minutes ago');
    expect(createdSince(null, now)).toBe('N/A');
  });
});

describe('formatImagesTable', () => {
  const now = new Date('2026-01-01T00:00:19Z');
  const bash = image({
    id: 'sha256:e0acf0b8fb59c01b6a2b66de360c86bcad5c3cd114db325155970e6bab9663a0',
    names: ['bash', 'bar'],
    layers: ['a', 'b', 'c', 'd'],
    layerSize: 6_200_000,
    created: '2026-01-01T00:00:00Z',
  });
  const step = image({
    id: 'step',
    dangling: true,
    layers: ['a'],
    created: '2025-12-31T00:00:00Z',
  });
  const foo = container({ id: 'foo', from: bash });
  const rows = listImages(inventoryOf([bash, step], [foo])).rows;

  it('hides intermediate images without all', () => {
    expect(formatImagesTable(rows, { all: false, now }).split('\n')).toEqual([
      'REPOSITORY   TAG       IMAGE ID       CREATED          SIZE      IN USE',
      'bar          latest    e0acf0b8fb59   19 seconds ago   24.8MB    1 running',
      'bash         latest    e0acf0b8fb59   19 seconds ago   24.8MB    1 running',
    ]);
  });

  it('shows intermediate images with all', () => {
    const lines = formatImagesTable(rows, { all: true, now }).split('\n');

    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe(
      `<none>       <none>    ${step.content.id.slice(7, 19)}   24 hours ago     1MB`,
    );
  });
});

describe('formatContainersTable', () => {
  it('lists containers with their image and status', () => {
    const bash = image({ id: 'bash', names: ['bash'] });
    const foo = container({
      id: 'foo',
      from: bash,
      name: 'foo',
      createdAt: '2026-01-01T00:00:00Z',
    });
    const rows = listContainers(inventoryOf([bash], [foo])).rows;

    expect(
      formatContainersTable(rows, { now: new Date('2026-01-01T00:05:00Z') }).split('\n'),
    ).toEqual([
      'CONTAINER ID   IMAGE         IMAGE ID       CREATED         STATUS    NAMES',
      `${foo.id.slice(0, 12)}   bash:latest   ${bash.content.id.slice(7, 19)}   5 minutes ago   running   foo`,
    ]);
  });
});

import { describe, expect, it } from 'vitest';

import { container, image, inventoryOf } from '../testing/builders.js';
import { listContainers } from './containers.js';

describe('listContainers', () => {
  const bash = image({ id: 'bash', names: ['bash'] });
  const kept = image({ id: 'kept', dangling: true, layers: ['kept-layer'] });

  it('names each container and the image it uses', () => {
    const foo = container({
      id: 'foo',
      from: bash,
      name: 'foo',
      createdAt: '2026-02-01T00:00:00Z',
    });
    const orphan = container({ id: 'orphan', image: 'gone', from: kept, status: 'STOPPED' });
    const bare = container({ id: 'bare', image: 'gone', snapshotParent: null, status: 'NONE' });

    const rows = listContainers(inventoryOf([bash, kept], [orphan, foo, bare])).rows;

    expect(rows).toEqual([
      {
        id: foo.id,
        name: 'foo',
        image: 'docker.io/library/bash:latest',
        imageId: bash.content.id,
        status: 'RUNNING',
        running: true,
        created: '2026-02-01T00:00:00Z',
      },
      ...[bare, orphan]
        .sort((a, b) => (a.id < b.id ? -1 : 1))
        .map((ctr) => ({
          id: ctr.id,
          name: null,
          image: 'docker.io/library/gone:latest',
          imageId: ctr === orphan ? kept.content.id : null,
          status: ctr.status,
          running: false,
          created: '2026-01-01T00:00:00.000Z',
        })),
    ]);
  });

  it.each([
    ['PAUSED', true],
    ['PAUSING', true],
    ['CREATED', false],
    ['UNKNOWN', false],
  ] as const)('counts %s as running: %s', (status, running) => {
    const ctr = container({ id: 'c', from: bash, status });

    expect(listContainers(inventoryOf([bash], [ctr])).rows[0]?.running).toBe(running);
  });
});

import { describe, expect, it } from 'vitest';

import { container, image, inventoryOf } from '../testing/builders.js';
import { containersUsing, imageUsedBy, mayUseImages } from './usage.js';

const bash = image({ id: 'bash', names: ['bash'], layers: ['base', 'bash'] });
const rebuilt = image({ id: 'rebuilt', names: ['bash'], layers: ['base', 'bash2'] });
const copy = image({ id: 'copy', names: ['copy'], layers: ['base', 'bash'] });
const kept = image({ id: 'kept', dangling: true, layers: ['base', 'bash'] });

describe('imageUsedBy', () => {
  it('follows the name while it points at the container layers', () => {
    const ctr = container({ id: 'c1', from: bash });

    expect(imageUsedBy(inventoryOf([bash, copy], [ctr]), ctr)).toBe(bash.content.id);
  });

  it('follows the snapshot when the name moved to other layers', () => {
    const ctr = container({ id: 'c1', from: bash });
    const inventory = inventoryOf([rebuilt, copy], [ctr]);

    expect(imageUsedBy(inventory, ctr)).toBe(copy.content.id);
  });

  it('follows the snapshot when the name is gone', () => {
    const ctr = container({ id: 'c1', from: bash });

    expect(imageUsedBy(inventoryOf([copy], [ctr]), ctr)).toBe(copy.content.id);
  });

  it('prefers the image with a dangling record among equal layers', () => {
    const ctr = container({ id: 'c1', image: 'gone', snapshotParent: bash.content.chainId });

    expect(imageUsedBy(inventoryOf([copy, kept], [ctr]), ctr)).toBe(kept.content.id);
  });

  it('uses the named image when the container has no snapshot', () => {
    const ctr = container({ id: 'c1', image: 'bash', snapshotParent: null });

    expect(imageUsedBy(inventoryOf([bash], [ctr]), ctr)).toBe(bash.content.id);
  });

  it('uses nothing without a name or a snapshot', () => {
    const ctr = container({ id: 'c1', image: 'gone', snapshotParent: null });

    expect(imageUsedBy(inventoryOf([bash], [ctr]), ctr)).toBeNull();
  });

  it('uses nothing when no image has the snapshot layers', () => {
    const ctr = container({ id: 'c1', from: bash });

    expect(imageUsedBy(inventoryOf([rebuilt], [ctr]), ctr)).toBeNull();
  });

  it('uses the named image when its chain ID is unknown', () => {
    const unread = image({
      id: 'unread',
      names: ['unread'],
      layers: [],
      problem: 'config missing',
    });
    const ctr = container({ id: 'c1', image: 'unread', snapshotParent: bash.content.chainId });

    expect(imageUsedBy(inventoryOf([unread, bash], [ctr]), ctr)).toBe(unread.content.id);
  });

  it('normalises the image field', () => {
    const ctr = { ...container({ id: 'c1', from: bash }), image: 'bash' };

    expect(imageUsedBy(inventoryOf([bash], [ctr]), ctr)).toBe(bash.content.id);
  });
});

describe('containersUsing', () => {
  it('lists running containers first', () => {
    const stopped = container({ id: 'stopped', from: bash, status: 'STOPPED' });
    const created = container({ id: 'created', from: bash, status: 'CREATED' });
    const paused = container({ id: 'paused', from: bash, status: 'PAUSED' });
    const running = container({ id: 'running', from: bash, status: 'RUNNING' });
    const inventory = inventoryOf([bash], [stopped, created, paused, running]);

    const ids = containersUsing(inventory, bash.content.id).map((ctr) => ctr.id);

    expect(ids).toEqual([paused.id, running.id, stopped.id, created.id]);
  });
});

describe('mayUseImages', () => {
  const chainId = bash.content.chainId ?? '';
  const chainIds = [chainId];

  it.each([
    ['snapshot parent', container({ id: 'c', image: 'x', snapshotParent: chainId }), true],
    ['full name', container({ id: 'c', image: 'bash', snapshotParent: null }), true],
    ['short name', { ...container({ id: 'c', snapshotParent: null }), image: 'bash' }, true],
    ['neither', container({ id: 'c', image: 'other', snapshotParent: null }), false],
  ])('matches by %s: %s', (_, ctr, expected) => {
    expect(mayUseImages(ctr, chainIds, ['docker.io/library/bash:latest'])).toBe(expected);
  });
});

import { describe, expect, it } from 'vitest';

import { container, image, inventoryOf } from '../testing/builders.js';
import { findParents, selectPrunableParents } from './parents.js';

const base = image({ id: 'base', names: ['base'], layers: ['l1'] });
const step1 = image({ id: 'step1', dangling: true, layers: ['l1', 'l2'] });
const step2 = image({ id: 'step2', dangling: true, layers: ['l1', 'l2', 'l3'] });
const twin = image({ id: 'twin', names: ['twin'], layers: ['l1', 'l2', 'l3'] });
const app = image({ id: 'app', names: ['app'], layers: ['l1', 'l2', 'l3', 'l4'] });
const arm = image({ id: 'arm', dangling: true, layers: ['l1', 'l2'], platform: 'linux/arm64' });
const same = image({ id: 'same', dangling: true, layers: ['l1', 'l2', 'l3', 'l4'] });
const empty = image({ id: 'empty', dangling: true, layers: [] });

describe('findParents', () => {
  it('orders parents nearest first', () => {
    const inventory = inventoryOf([base, step1, step2, app]);

    expect(findParents(inventory, app.content.id)).toEqual([
      step2.content.id,
      step1.content.id,
      base.content.id,
    ]);
  });

  it('puts the dangling parent first on a tie', () => {
    const inventory = inventoryOf([twin, step2, app]);

    expect(findParents(inventory, app.content.id)).toEqual([step2.content.id, twin.content.id]);
  });

  it.each([
    ['the same layers', same],
    ['another platform', arm],
    ['no layers', empty],
    ['the image itself', app],
  ])('does not count an image with %s', (_, candidate) => {
    expect(findParents(inventoryOf([app, candidate]), app.content.id)).toEqual([]);
  });

  it('finds no children as parents', () => {
    expect(findParents(inventoryOf([base, app]), base.content.id)).toEqual([]);
  });
});

describe('selectPrunableParents', () => {
  it('stops at the first parent that is not dangling', () => {
    const inventory = inventoryOf([base, step1, step2]);
    const parents = [step2.content.id, step1.content.id, base.content.id];

    expect(selectPrunableParents(inventory, parents)).toEqual([step2.content.id, step1.content.id]);
  });

  it('stops at a parent a container uses', () => {
    const ctr = container({ id: 'c', image: 'gone', from: step1, status: 'STOPPED' });
    const inventory = inventoryOf([base, step1, step2], [ctr]);
    const parents = [step2.content.id, step1.content.id, base.content.id];

    expect(selectPrunableParents(inventory, parents)).toEqual([step2.content.id]);
  });

  it('stops at a tagged parent before a dangling one behind it', () => {
    const inventory = inventoryOf([twin, step1]);

    expect(selectPrunableParents(inventory, [twin.content.id, step1.content.id])).toEqual([]);
  });
});

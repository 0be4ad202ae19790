import { describe, expect, it } from 'vitest';

import { container, image, inventoryOf } from '../testing/builders.js';
import { listImages } from './images.js';

const digestD = 'sha256:' + 'd'.repeat(64);

describe('listImages', () => {
  it('gives one row per named record with the familiar columns', () => {
    const bash = image({
      id: digestD,
      names: ['bash', 'localhost:5000/me/app:v1', `app@${digestD}`],
    });

    const rows = listImages(inventoryOf([bash])).rows;

    expect(rows.map((row) => [row.repository, row.tag, row.digest, row.familiar])).toEqual([
      ['app', '<none>', digestD, `app@${digestD}`],
      ['bash', 'latest', null, 'bash:latest'],
      ['localhost:5000/me/app', 'v1', null, 'localhost:5000/me/app:v1'],
    ]);
    expect(rows.map((row) => row.shortId)).toEqual([
      'dddddddddddd',
      'dddddddddddd',
      'dddddddddddd',
    ]);
    expect(rows.every((row) => row.size === bash.content.size)).toBe(true);
  });

  it('hides a dangling record while a named record has the same image', () => {
    const both = image({ id: 'both', names: ['bash'], dangling: true });

    const rows = listImages(inventoryOf([both])).rows;

    expect(rows.map((row) => row.name)).toEqual(['docker.io/library/bash:latest']);
  });

  it('shows an image kept only by its dangling record as none', () => {
    const kept = image({ id: 'kept', dangling: true });
    const ctr = container({ id: 'c', image: 'gone', from: kept });

    const [row] = listImages(inventoryOf([kept], [ctr])).rows;

    expect(row?.repository).toBe('<none>');
    expect(row?.tag).toBe('<none>');
    expect(row?.familiar).toBeNull();
    expect(row?.dangling).toBe(true);
    expect(row?.intermediate).toBe(false);
    expect(row?.containers.map((ref) => ref.id)).toEqual([ctr.id]);
  });

  it('marks a dangling parent of another image as intermediate', () => {
    const step = image({ id: 'step', dangling: true, layers: ['l1'] });
    const app = image({ id: 'app', names: ['app'], layers: ['l1', 'l2'] });

    const rows = listImages(inventoryOf([step, app])).rows;

    expect(rows.map((row) => [row.repository, row.intermediate])).toEqual([
      ['app', false],
      ['<none>', true],
    ]);
  });

  it('lists the containers of an image, running first', () => {
    const bash = image({ id: 'bash', names: ['bash'] });
    const stopped = container({ id: 'stopped', from: bash, status: 'STOPPED' });
    const running = container({ id: 'running', from: bash });

    const [row] = listImages(inventoryOf([bash], [stopped, running])).rows;

    expect(row?.containers.map((ref) => [ref.id, ref.running])).toEqual([
      [running.id, true],
      [stopped.id, false],
    ]);
  });

  it('orders rows newest first, then by name', () => {
    const old = image({ id: 'old', names: ['zeta', 'alpha'], created: '2025-01-01T00:00:00Z' });
    const fresh = image({ id: 'new', names: ['middle'], created: '2026-06-01T00:00:00Z' });
    const unknown = image({ id: 'unknown', names: ['first'], created: null });

    const rows = listImages(inventoryOf([old, fresh, unknown])).rows;

    expect(rows.map((row) => row.familiar)).toEqual([
      'middle:latest',
      'alpha:latest',
      'zeta:latest',
      'first:latest',
    ]);
  });

  it('passes on a content problem', () => {
    const broken = image({ id: 'broken', names: ['broken'], problem: 'manifest blob missing' });

    expect(listImages(inventoryOf([broken])).rows[0]?.problem).toBe('manifest blob missing');
  });

  it('shows a record name Docker cannot parse as its repository', () => {
    const odd = image({ id: 'odd', names: ['Not A Name'] });

    const [row] = listImages(inventoryOf([odd])).rows;

    expect(row?.repository).toBe('Not A Name');
    expect(row?.tag).toBe('<none>');
  });

  it('carries the namespace and read time', () => {
    const listing = listImages(inventoryOf([]));

    expect(listing).toEqual({
      address: 'unix:///run/quayside-test/containerd.sock',
      namespace: 'default',
      readAt: '2026-01-01T12:00:00.000Z',
      rows: [],
    });
  });
});

import { describe, expect, it } from 'vitest';

import { QuaysideError } from '../errors.js';
import { container, image } from './builders.js';
import { FakeNamespace } from './fake-namespace.js';

const bash = image({ id: 'bash', names: ['bash'] });
const target = {
  mediaType: bash.content.mediaType,
  digest: bash.content.id,
  size: 1_000,
  annotations: {},
};
const spec = { name: 'docker.io/library/bar:latest', target, labels: {} };

describe('FakeNamespace', () => {
  it('returns a snapshot that later changes do not touch', async () => {
    const fake = new FakeNamespace({ images: [bash] });

    const before = await fake.readInventory();
    await fake.createRecord(spec);
    const after = await fake.readInventory();

    expect(before.records.map((record) => record.name)).toEqual(['docker.io/library/bash:latest']);
    expect(after.records.map((record) => record.name)).toEqual([
      'docker.io/library/bar:latest',
      'docker.io/library/bash:latest',
    ]);
    expect(after.content.get(bash.content.id)).toBe(bash.content);
    expect(after.readAt).not.toBe(before.readAt);
  });

  it('rejects a duplicate create and a missing update or delete', async () => {
    const fake = new FakeNamespace({ images: [bash] });

    await expect(
      fake.createRecord({ ...spec, name: 'docker.io/library/bash:latest' }),
    ).rejects.toMatchObject({
      kind: 'conflict',
    });
    await expect(fake.updateRecord(spec)).rejects.toMatchObject({ kind: 'not-found' });
    await expect(fake.deleteRecord(spec.name, { sync: false })).rejects.toMatchObject({
      kind: 'not-found',
    });
  });

  it('fails the requested change and only that one', async () => {
    const fake = new FakeNamespace({ images: [bash] });
    fake.failChange(2, new QuaysideError('unavailable', 'connection lost'));

    await fake.createRecord(spec);
    await expect(fake.deleteRecord(spec.name, { sync: true })).rejects.toThrow('connection lost');
    await fake.deleteRecord(spec.name, { sync: true });

    expect(fake.changeCalls()).toEqual([
      'createRecord docker.io/library/bar:latest',
      'deleteRecord docker.io/library/bar:latest sync',
      'deleteRecord docker.io/library/bar:latest sync',
    ]);
  });

  it('applies a change right after the next read only', async () => {
    const fake = new FakeNamespace({ images: [bash] });
    fake.onNextRead((changed) => {
      changed.putContainer(container({ id: 'late', from: bash }));
    });

    const inventory = await fake.readInventory();
    const containers = await fake.readContainers();

    expect(inventory.containers).toEqual([]);
    expect(containers).toHaveLength(1);
  });

  it('reports record changes to subscribers until they unsubscribe', async () => {
    const fake = new FakeNamespace({ images: [bash] });
    const topics: string[] = [];
    const unsubscribe = fake.subscribe(
      (event) => {
        topics.push(`${event.topic} ${event.subject ?? ''}`);
      },
      () => undefined,
    );

    await fake.createRecord(spec);
    unsubscribe();
    await fake.deleteRecord(spec.name, { sync: false });

    expect(topics).toEqual(['/images/create docker.io/library/bar:latest']);
  });

  it('ends subscriptions with an error', () => {
    const fake = new FakeNamespace();
    const errors: string[] = [];
    fake.subscribe(
      () => undefined,
      (error) => {
        errors.push(error.message);
      },
    );

    fake.failSubscriptions();

    expect(errors).toEqual(['event stream closed']);
  });
});

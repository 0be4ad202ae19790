import { describe, expect, it } from 'vitest';

import { silentLogger } from '../log.js';
import { container, image } from '../testing/builders.js';
import { FakeNamespace } from '../testing/fake-namespace.js';
import { recordingLogger } from '../testing/recording-logger.js';
import { tagImage } from './tag.js';

const bash = image({ id: 'bash', names: ['bash'], labels: { team: 'qa' } });
const app = image({ id: 'app', names: ['app'], layers: ['app-layer'] });
const bashId = bash.content.id;
const appId = app.content.id;

describe('tagImage', () => {
  it('creates the new name with the labels of the source', async () => {
    const fake = new FakeNamespace({ images: [bash] });

    const result = await tagImage(fake, 'bash', 'bar', silentLogger);

    expect(result).toEqual({
      source: 'bash',
      target: 'bar:latest',
      imageId: bashId,
      replacedImageId: null,
      keptDangling: null,
    });
    const record = await fake.getRecord('docker.io/library/bar:latest');
    expect(record?.target.digest).toBe(bashId);
    expect(record?.labels).toEqual({ team: 'qa' });
    expect(fake.calls.filter((call) => call === 'readInventory')).toHaveLength(1);
  });

  it.each([
    ['a short ID', bashId.slice(7, 19)],
    ['a full ID', bashId],
    ['a full name', 'docker.io/library/bash:latest'],
  ])('resolves the source from %s', async (_, source) => {
    const fake = new FakeNamespace({ images: [bash] });

    const result = await tagImage(fake, source, 'localhost:5000/bash:v1', silentLogger);

    expect(result.imageId).toBe(bashId);
    expect(result.target).toBe('localhost:5000/bash:v1');
    expect(fake.recordNames()).toContain('localhost:5000/bash:v1');
  });

  it('changes nothing when the target already names the image', async () => {
    const fake = new FakeNamespace({ images: [bash] });

    const result = await tagImage(fake, bashId, 'bash:latest', silentLogger);

    expect(result.replacedImageId).toBeNull();
    expect(fake.changeCalls()).toEqual([]);
  });

  it('re-points an existing target and lets its unused image go', async () => {
    const fake = new FakeNamespace({ images: [bash, app] });

    const result = await tagImage(fake, 'bash', 'app', silentLogger);

    expect(result.replacedImageId).toBe(appId);
    expect(result.keptDangling).toBeNull();
    expect(fake.changeCalls()).toEqual(['updateRecord docker.io/library/app:latest']);
    expect((await fake.getRecord('docker.io/library/app:latest'))?.target.digest).toBe(bashId);
  });

  it('keeps the replaced image dangling while a container uses it', async () => {
    const ctr = container({ id: 'c', from: app });
    const fake = new FakeNamespace({ images: [bash, app], containers: [ctr] });
    const { log, entries } = recordingLogger();

    const result = await tagImage(fake, 'bash', 'app', log);

    expect(result.keptDangling).toBe(`moby-dangling@${appId}`);
    expect(fake.changeCalls()).toEqual([
      `createRecord moby-dangling@${appId}`,
      'updateRecord docker.io/library/app:latest',
    ]);
    expect((await fake.getRecord(`moby-dangling@${appId}`))?.labels).toEqual({});
    expect(entries.map((entry) => entry.message)).toEqual([
      'created dangling record',
      'tagged image',
    ]);
  });

  it('keeps no dangling record when the replaced image has another name', async () => {
    const named = image({ id: 'app', names: ['app', 'app:v2'], layers: ['app-layer'] });
    const ctr = container({ id: 'c', from: named });
    const fake = new FakeNamespace({ images: [bash, named], containers: [ctr] });

    const result = await tagImage(fake, 'bash', 'app', silentLogger);

    expect(result.keptDangling).toBeNull();
    expect(fake.changeCalls()).toEqual(['updateRecord docker.io/library/app:latest']);
  });

  it('removes the dangling record of the source once it has a name', async () => {
    const dangling = image({ id: 'bash', dangling: true });
    const fake = new FakeNamespace({ images: [dangling] });

    await tagImage(fake, bashId.slice(7, 19), 'bash:restored', silentLogger);

    expect(fake.changeCalls()).toEqual([
      'createRecord docker.io/library/bash:restored',
      `deleteRecord moby-dangling@${bashId}`,
    ]);
    expect(fake.recordNames()).toEqual(['docker.io/library/bash:restored']);
  });

  it.each([
    ['missing', 'bar', 'not-found', 'No such image: missing:latest'],
    [' ', 'bar', 'invalid-argument', 'image name cannot be blank'],
    ['bash', ' ', 'invalid-argument', 'image name cannot be blank'],
    [
      'bash',
      'Bar',
      'invalid-argument',
      'invalid reference format: repository name (library/Bar) must be lowercase',
    ],
    [
      'bash',
      `bar@${bashId}`,
      'invalid-argument',
      'refusing to create a tag with a digest reference',
    ],
    ['bash', 'bar:', 'invalid-argument', 'invalid reference format'],
  ])('rejects %j to %j', async (source, target, kind, message) => {
    const fake = new FakeNamespace({ images: [bash] });

    await expect(tagImage(fake, source, target, silentLogger)).rejects.toMatchObject({
      kind,
      message,
    });
    expect(fake.changeCalls()).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';

import { QuaysideError } from '../errors.js';
import { silentLogger } from '../log.js';
import { container, image } from '../testing/builders.js';
import { FakeNamespace } from '../testing/fake-namespace.js';
import { recordingLogger } from '../testing/recording-logger.js';
import { executeRemoval, exitStatusOf } from './execute.js';
import { planRemoval } from './plan.js';
import { formatResult } from './remove.js';
import type { RemovalRequest } from './types.js';

const bash = image({ id: 'bash', names: ['bash', 'bar'] });
const lone = image({ id: 'lone', names: ['lone'] });
const other = image({ id: 'other', names: ['other'], layers: ['other-layer'] });
const short = (id: string): string => id.slice(7, 19);
const otherTarget = {
  mediaType: other.content.mediaType,
  digest: other.content.id,
  size: 1_000,
  annotations: {},
};

async function planOn(
  fake: FakeNamespace,
  request: Partial<RemovalRequest> & { inputs: string[] },
) {
  const inventory = await fake.readInventory();
  return planRemoval(inventory, { force: false, prune: true, ...request });
}

describe('executeRemoval', () => {
  it('carries out the plan and logs each removed record with its digest', async () => {
    const fake = new FakeNamespace({ images: [bash, lone] });
    const plan = await planOn(fake, { inputs: ['lone', 'bash'] });
    const { log, entries } = recordingLogger();

    const result = await executeRemoval(fake, plan, log);

    expect(formatResult(result)).toEqual({
      stdout: ['Untagged: lone:latest', `Deleted: ${lone.content.id}`, 'Untagged: bash:latest'],
      stderr: [],
    });
    expect(result.exitStatus).toBe(0);
    expect(result.freedBytes).toBe(lone.content.size);
    expect(fake.recordNames()).toEqual(['docker.io/library/bar:latest']);
    expect(entries.filter((entry) => entry.level === 'info')).toEqual([
      {
        level: 'info',
        message: 'removed image record',
        fields: { name: 'docker.io/library/lone:latest', digest: lone.content.id },
      },
      {
        level: 'info',
        message: 'removed image record',
        fields: { name: 'docker.io/library/bash:latest', digest: bash.content.id },
      },
    ]);
  });

  it('reads containers once and records by name, never the whole namespace', async () => {
    const fake = new FakeNamespace({ images: [bash, lone] });
    const plan = await planOn(fake, { inputs: ['lone', 'bash', 'bar'] });
    fake.calls.length = 0;

    await executeRemoval(fake, plan, silentLogger);

    expect(fake.calls.filter((call) => call === 'readContainers')).toHaveLength(1);
    expect(fake.calls).not.toContain('readInventory');
    expect(fake.calls).toContain('getRecord docker.io/library/lone:latest');
    expect(fake.calls).toContain('getRecord docker.io/library/bar:latest');
  });

  it('looks up one kept name of an image with many names', async () => {
    const many = image({ id: 'many', names: ['app:1', 'app:2', 'app:3', 'app:4', 'app:5'] });
    const fake = new FakeNamespace({ images: [many] });
    const plan = await planOn(fake, { inputs: ['app:1'] });
    fake.calls.length = 0;

    const result = await executeRemoval(fake, plan, silentLogger);

    expect(result.exitStatus).toBe(0);
    const lookups = fake.calls.filter((call) => call.startsWith('getRecord'));
    expect(lookups).toEqual([
      'getRecord docker.io/library/app:1',
      'getRecord docker.io/library/app:2',
    ]);
  });

  it('untags when one of several other names vanished since the plan', async () => {
    const three = image({ id: 'three', names: ['one', 'two', 'three'] });
    const fake = new FakeNamespace({ images: [three] });
    const plan = await planOn(fake, { inputs: ['one'] });
    fake.removeRecord('docker.io/library/three:latest');

    const result = await executeRemoval(fake, plan, silentLogger);

    expect(formatResult(result).stdout).toEqual(['Untagged: one:latest']);
    expect(fake.recordNames()).toEqual(['docker.io/library/two:latest']);
  });

  it('deletes the last record of an image synchronously', async () => {
    const fake = new FakeNamespace({ images: [bash] });
    const plan = await planOn(fake, { inputs: [short(bash.content.id)], force: true });

    await executeRemoval(fake, plan, silentLogger);

    expect(fake.changeCalls()).toEqual([
      'deleteRecord docker.io/library/bar:latest',
      'deleteRecord docker.io/library/bash:latest sync',
    ]);
  });

  it('creates the dangling record before the name goes and logs it', async () => {
    const ctr = container({ id: 'c', from: lone });
    const fake = new FakeNamespace({ images: [lone], containers: [ctr] });
    const plan = await planOn(fake, { inputs: ['lone'], force: true });
    const { log, entries } = recordingLogger();

    await executeRemoval(fake, plan, log);

    expect(fake.changeCalls()).toEqual([
      `createRecord moby-dangling@${lone.content.id}`,
      'deleteRecord docker.io/library/lone:latest',
    ]);
    expect(entries[0]).toEqual({
      level: 'info',
      message: 'created dangling record',
      fields: { name: `moby-dangling@${lone.content.id}`, digest: lone.content.id },
    });
  });

  it.each([
    {
      name: 'a record to delete is gone',
      change: (fake: FakeNamespace) => {
        fake.removeRecord('docker.io/library/lone:latest');
      },
      inputs: ['lone'],
      force: false,
      what: 'record docker.io/library/lone:latest no longer exists',
    },
    {
      name: 'a record to delete points elsewhere',
      change: (fake: FakeNamespace) => {
        fake.putRecord({
          name: 'docker.io/library/lone:latest',
          target: { ...otherTarget },
          labels: {},
          createdAt: null,
          updatedAt: null,
        });
      },
      inputs: ['lone'],
      force: false,
      what: `record docker.io/library/lone:latest now points at image ${short(other.content.id)}`,
    },
    {
      name: 'the other name of the image is gone',
      change: (fake: FakeNamespace) => {
        fake.removeRecord('docker.io/library/bar:latest');
      },
      inputs: ['bash'],
      force: false,
      what: 'record docker.io/library/bar:latest no longer exists',
    },
    {
      name: 'a container was created from the image',
      change: (fake: FakeNamespace) => {
        fake.putContainer(container({ id: 'new', from: lone, status: 'CREATED' }));
      },
      inputs: ['lone'],
      force: false,
      what: `container ${container({ id: 'new' }).id.slice(0, 12)} was created from an image to be deleted`,
    },
  ])('stops the input when $name', async ({ change, inputs, force, what }) => {
    const fake = new FakeNamespace({ images: [bash, lone, other] });
    const plan = await planOn(fake, { inputs, force });
    change(fake);
    const before = fake.recordNames();

    const result = await executeRemoval(fake, plan, silentLogger);

    expect(result.inputs[0]).toEqual({
      kind: 'failed',
      input: inputs[0],
      error: {
        kind: 'conflict',
        message: `Nothing was removed for ${inputs[0]} because the images changed since the plan was made (${what}). Plan the removal again and review it.`,
      },
      lines: [],
    });
    expect(result.exitStatus).toBe(1);
    expect(fake.recordNames()).toEqual(before);
    expect(fake.changeCalls()).toEqual([]);
  });

  it('stops the input when a stopped container started', async () => {
    const stopped = container({ id: 'stopped', from: lone, status: 'STOPPED' });
    const fake = new FakeNamespace({ images: [lone], containers: [stopped] });
    const plan = await planOn(fake, { inputs: [short(lone.content.id)], force: true });
    fake.putContainer({ ...stopped, status: 'RUNNING' });

    const result = await executeRemoval(fake, plan, silentLogger);

    const [input] = result.inputs;
    expect(input?.kind).toBe('failed');
    expect(input?.kind === 'failed' ? input.error.message : '').toContain(
      `container ${stopped.id.slice(0, 12)} started`,
    );
    expect(fake.recordNames()).toEqual(['docker.io/library/lone:latest']);
  });

  it('stops the input when the dangling record to create exists', async () => {
    const ctr = container({ id: 'c', from: lone });
    const fake = new FakeNamespace({ images: [lone], containers: [ctr] });
    const plan = await planOn(fake, { inputs: ['lone'], force: true });
    fake.addImage(image({ id: 'lone', dangling: true }));

    const result = await executeRemoval(fake, plan, silentLogger);

    const [input] = result.inputs;
    expect(input?.kind).toBe('failed');
    expect(input?.kind === 'failed' ? input.error.message : '').toContain(
      `record moby-dangling@${lone.content.id} already exists`,
    );
  });

  it('ignores a container started from an unrelated image', async () => {
    const fake = new FakeNamespace({ images: [lone, other] });
    const plan = await planOn(fake, { inputs: ['lone'] });
    fake.putContainer(container({ id: 'unrelated', from: other }));

    const result = await executeRemoval(fake, plan, silentLogger);

    expect(result.inputs[0]?.kind).toBe('done');
    expect(fake.recordNames()).toEqual(['docker.io/library/other:latest']);
  });

  it('ignores a container that was removed since the plan', async () => {
    const stopped = container({ id: 'stopped', from: lone, status: 'STOPPED' });
    const fake = new FakeNamespace({ images: [lone], containers: [stopped] });
    const plan = await planOn(fake, { inputs: [lone.content.id], force: true });
    fake.removeContainer(stopped.id);

    const result = await executeRemoval(fake, plan, silentLogger);

    expect(result.inputs[0]?.kind).toBe('done');
  });

  it('keeps the lines of earlier inputs when a later one is stopped', async () => {
    const fake = new FakeNamespace({ images: [lone, other] });
    const plan = await planOn(fake, { inputs: ['lone', 'other'] });
    fake.removeRecord('docker.io/library/other:latest');

    const result = await executeRemoval(fake, plan, silentLogger);

    expect(formatResult(result).stdout).toEqual([
      'Untagged: lone:latest',
      `Deleted: ${lone.content.id}`,
    ]);
    expect(result.inputs.map((input) => input.kind)).toEqual(['done', 'failed']);
    expect(result.freedBytes).toBe(lone.content.size);
  });

  it('reports what was removed and what remains when a step fails', async () => {
    const fake = new FakeNamespace({ images: [bash, lone] });
    const plan = await planOn(fake, { inputs: [short(bash.content.id), 'lone'], force: true });
    fake.failChange(2, new QuaysideError('unavailable', 'connection reset'));
    const { log, entries } = recordingLogger();

    const result = await executeRemoval(fake, plan, log);

    expect(result.inputs[0]).toEqual({
      kind: 'failed',
      input: short(bash.content.id),
      error: {
        kind: 'unavailable',
        message:
          `Removing ${short(bash.content.id)}` +
          ' failed while deleting record docker.io/library/bash:latest: connection reset. ' +
          'Already removed: docker.io/library/bar:latest. ' +
          'Still present: docker.io/library/bash:latest.',
      },
      lines: [{ kind: 'untagged', value: 'bar:latest' }],
    });
    expect(result.inputs[1]).toEqual({
      kind: 'failed',
      input: 'lone',
      error: {
        kind: 'conflict',
        message: `Nothing was removed for lone because removing ${short(bash.content.id)} failed first, so the plan no longer matches the images. Plan the removal again and review it.`,
      },
      lines: [],
    });
    expect(fake.recordNames()).toEqual([
      'docker.io/library/bash:latest',
      'docker.io/library/lone:latest',
    ]);
    expect(entries.some((entry) => entry.level === 'error')).toBe(true);
    expect(result.exitStatus).toBe(1);
  });

  it('reports a created dangling record when a later step fails', async () => {
    const ctr = container({ id: 'c', from: lone });
    const fake = new FakeNamespace({ images: [lone], containers: [ctr] });
    const plan = await planOn(fake, { inputs: ['lone'], force: true });
    fake.failChange(2, new QuaysideError('unavailable', 'connection reset'));

    const result = await executeRemoval(fake, plan, silentLogger);

    expect(result.inputs[0]).toEqual({
      kind: 'failed',
      input: 'lone',
      error: {
        kind: 'unavailable',
        message:
          'Removing lone failed while deleting record docker.io/library/lone:latest: ' +
          'connection reset. Already removed: none. ' +
          `Already created: moby-dangling@${lone.content.id}. ` +
          'Still present: docker.io/library/lone:latest.',
      },
      lines: [],
    });
    expect(fake.recordNames()).toEqual([
      'docker.io/library/lone:latest',
      `moby-dangling@${lone.content.id}`,
    ]);
  });

  it('reports a failed read of the containers', async () => {
    const fake = new FakeNamespace({ images: [lone] });
    const plan = await planOn(fake, { inputs: ['lone'] });
    fake.readContainers = () => Promise.reject(new QuaysideError('unavailable', 'socket closed'));

    const result = await executeRemoval(fake, plan, silentLogger);

    expect(result.inputs[0]).toEqual({
      kind: 'failed',
      input: 'lone',
      error: {
        kind: 'unavailable',
        message:
          'Nothing was removed for lone because reading the containers failed: socket closed',
      },
      lines: [],
    });
    expect(fake.recordNames()).toEqual(['docker.io/library/lone:latest']);
  });

  it('rejects a plan made for another namespace', async () => {
    const fake = new FakeNamespace({ images: [lone] });
    const other = new FakeNamespace({ images: [lone], namespace: 'k8s.io' });
    const plan = await planOn(other, { inputs: ['lone'] });

    await expect(executeRemoval(fake, plan, silentLogger)).rejects.toMatchObject({
      kind: 'invalid-argument',
      message:
        'The plan was made for namespace k8s.io, not default, so nothing was removed. Plan the removal in default.',
    });
    expect(fake.changeCalls()).toEqual([]);
  });

  it('turns conflicts and resolution errors of the plan into failed results', async () => {
    const ctr = container({ id: 'c', from: lone });
    const fake = new FakeNamespace({ images: [lone], containers: [ctr] });
    const plan = await planOn(fake, { inputs: ['missing', 'lone'] });

    const result = await executeRemoval(fake, plan, silentLogger);

    expect(formatResult(result).stderr).toEqual([
      'Error: No such image: missing:latest',
      `Error: conflict: unable to delete lone:latest (must be forced) - container ${ctr.id.slice(0, 12)} is using its referenced image ${short(lone.content.id)}`,
    ]);
    expect(result.inputs.map((input) => input.kind === 'failed' && input.error.kind)).toEqual([
      'not-found',
      'conflict',
    ]);
  });
});

describe('exitStatusOf', () => {
  const one = image({ id: 'sha256:1234' + '0'.repeat(60), names: ['one'] });
  const two = image({ id: 'sha256:1234' + '1'.repeat(60), names: ['two'] });
  const running = container({ id: 'running', from: lone });

  it.each([
    ['nothing failed', ['other'], false, 0],
    ['nothing failed, with force', ['other'], true, 0],
    ['No such image without force', ['other', 'missing'], false, 1],
    ['only not-found errors with force', ['missing', 'other', 'gone:v2', '1234'], true, 0],
    ['an ambiguous prefix without force', ['1234'], false, 1],
    ['a hard conflict with force', ['missing', short(lone.content.id)], true, 1],
    ['an invalid reference with force', ['Base'], true, 1],
    ['a blank name with force', [' '], true, 1],
  ] as const)('is right when %s', async (_, inputs, force, status) => {
    const fake = new FakeNamespace({ images: [lone, other, one, two], containers: [running] });
    const plan = await planOn(fake, { inputs: [...inputs], force });

    const result = await executeRemoval(fake, plan, silentLogger);

    expect(exitStatusOf(plan, result.inputs)).toBe(status);
    expect(result.exitStatus).toBe(status);
  });

  it('counts a record gone at execution time as a failure even with force', async () => {
    const fake = new FakeNamespace({ images: [other] });
    const plan = await planOn(fake, { inputs: ['other'], force: true });
    fake.removeRecord('docker.io/library/other:latest');

    const result = await executeRemoval(fake, plan, silentLogger);

    expect(result.exitStatus).toBe(1);
  });
});

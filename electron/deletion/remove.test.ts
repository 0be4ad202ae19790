import { describe, expect, it } from 'vitest';

import { silentLogger } from '../log.js';
import { container, image } from '../testing/builders.js';
import { FakeNamespace } from '../testing/fake-namespace.js';
import { planRemoval } from './plan.js';
import { formatLine, formatResult, removeImages } from './remove.js';
import type { RemovalRequest } from './types.js';

const bash = image({ id: 'bash', names: ['bash', 'bar'] });
const lone = image({ id: 'lone', names: ['lone'] });
const request: RemovalRequest = { inputs: ['bash'], force: false, prune: true };

describe('removeImages', () => {
  it('reads the namespace once and returns plan and result', async () => {
    const fake = new FakeNamespace({ images: [bash] });

    const { plan, result } = await removeImages(fake, request, {}, silentLogger);

    expect(fake.calls.filter((call) => call === 'readInventory')).toHaveLength(1);
    expect(plan.inputs[0]?.kind).toBe('planned');
    expect(formatResult(result).stdout).toEqual(['Untagged: bash:latest']);
  });

  it('runs the plan the user confirmed', async () => {
    const fake = new FakeNamespace({ images: [bash] });
    const confirmed = planRemoval(await fake.readInventory(), request).fingerprint;

    const { result } = await removeImages(fake, request, { confirmed }, silentLogger);

    expect(result.exitStatus).toBe(0);
    expect(fake.recordNames()).toEqual(['docker.io/library/bar:latest']);
  });

  it('rejects a confirmation of a plan that changed', async () => {
    const fake = new FakeNamespace({ images: [bash] });
    const confirmed = planRemoval(await fake.readInventory(), request).fingerprint;
    fake.removeRecord('docker.io/library/bar:latest');

    await expect(removeImages(fake, request, { confirmed }, silentLogger)).rejects.toMatchObject({
      kind: 'conflict',
      message:
        'The images changed since you confirmed the removal, so nothing was removed. ' +
        'Review the new plan and confirm it again.',
    });
    expect(fake.recordNames()).toEqual(['docker.io/library/bash:latest']);
    expect(fake.changeCalls()).toEqual([]);
  });

  it('stops when the images change between read and removal', async () => {
    const fake = new FakeNamespace({ images: [bash] });
    fake.onNextRead((changed) => {
      changed.removeRecord('docker.io/library/bar:latest');
    });

    const { result } = await removeImages(fake, request, {}, silentLogger);

    expect(formatResult(result)).toEqual({
      stdout: [],
      stderr: [
        'Error: Nothing was removed for bash because the images changed since the plan was made (record docker.io/library/bar:latest no longer exists). Plan the removal again and review it.',
      ],
    });
    expect(fake.recordNames()).toEqual(['docker.io/library/bash:latest']);
  });

  it('stops when a container appears between read and removal', async () => {
    const fake = new FakeNamespace({ images: [lone] });
    const late = container({ id: 'late', from: lone, status: 'CREATED' });
    fake.onNextRead((changed) => {
      changed.putContainer(late);
    });

    const { result } = await removeImages(
      fake,
      { inputs: ['lone'], force: false, prune: true },
      {},
      silentLogger,
    );

    expect(result.exitStatus).toBe(1);
    expect(fake.recordNames()).toEqual(['docker.io/library/lone:latest']);
  });
});

describe('formatResult', () => {
  it('prints lines in input order and failures as errors', async () => {
    const fake = new FakeNamespace({ images: [bash, lone] });

    const { result } = await removeImages(
      fake,
      { inputs: ['lone', 'missing', 'bar', ' '], force: true, prune: true },
      {},
      silentLogger,
    );

    expect(formatResult(result)).toEqual({
      stdout: ['Untagged: lone:latest', `Deleted: ${lone.content.id}`, 'Untagged: bar:latest'],
      stderr: ['Error: No such image: missing:latest', 'Error: image name cannot be blank'],
    });
    expect(result.exitStatus).toBe(1);
  });

  it('exits 0 with force when every failure is No such image', async () => {
    const fake = new FakeNamespace({ images: [lone] });

    const { result } = await removeImages(
      fake,
      { inputs: ['missing', 'lone', 'gone:v2'], force: true, prune: true },
      {},
      silentLogger,
    );

    expect(formatResult(result).stderr).toEqual([
      'Error: No such image: missing:latest',
      'Error: No such image: gone:v2',
    ]);
    expect(result.exitStatus).toBe(0);
  });

  it.each([
    [{ kind: 'untagged', value: 'bash:latest' }, 'Untagged: bash:latest'],
    [{ kind: 'deleted', value: 'sha256:abc' }, 'Deleted: sha256:abc'],
  ] as const)('formats %j', (line, text) => {
    expect(formatLine(line)).toBe(text);
  });
});

describe('removeImages after a failed step', () => {
  const other = image({ id: 'other', names: ['other'] });
  const both: RemovalRequest = { inputs: ['lone', 'other'], force: false, prune: true };

  it('goes on with the next input from a fresh read', async () => {
    const fake = new FakeNamespace({ images: [lone, other] });
    fake.failChange(1);

    const { result } = await removeImages(fake, both, {}, silentLogger);

    expect(result.inputs.map((input) => input.kind)).toEqual(['failed', 'done']);
    expect(formatResult(result).stdout).toEqual([
      'Untagged: other:latest',
      `Deleted: ${other.content.id}`,
    ]);
    expect(result.exitStatus).toBe(1);
    expect(fake.recordNames()).toEqual(['docker.io/library/lone:latest']);
    expect(fake.calls.filter((call) => call === 'readInventory')).toHaveLength(2);
  });

  it('stops a confirmed removal at the failed input', async () => {
    const fake = new FakeNamespace({ images: [lone, other] });
    const confirmed = planRemoval(await fake.readInventory(), both).fingerprint;
    fake.failChange(1);

    const { result } = await removeImages(fake, both, { confirmed }, silentLogger);

    expect(result.inputs.map((input) => input.kind)).toEqual(['failed', 'failed']);
    expect(fake.recordNames()).toEqual([
      'docker.io/library/lone:latest',
      'docker.io/library/other:latest',
    ]);
  });
});

import { describe, expect, it } from 'vitest';

import { QuaysideError } from '../errors.js';
import { createLogger, silentLogger } from '../log.js';
import { argumentSchemas, channels, type Channel } from './contract.js';
import { dispatch } from './dispatch.js';
import { parameterNames } from './parameters.js';
import { createFakeServices } from './testing/fake-services.js';

const request = { inputs: ['busybox:latest'], force: false, prune: true };
const fingerprint = 'f'.repeat(64);

const badArguments: readonly (readonly [Channel, unknown, RegExp])[] = [
  ['images.list', 'all', /takes 0 arguments as an array, but received a string/],
  ['images.list', [true], /takes 0 arguments, but received 1/],
  ['images.plan', [], /takes 1 argument \(request\), but received 0/],
  ['images.plan', [null], /argument request to images.plan: expected object, received null/],
  ['images.plan', [{ ...request, inputs: [] }], /request.inputs to images.plan: name at least one/],
  ['images.plan', [{ ...request, force: 'yes' }], /request.force .*expected boolean/],
  ['images.plan', [{ ...request, extra: 1 }], /request to images.plan: unrecognized key: "extra"/],
  ['images.plan', [{ ...request, inputs: ['x'.repeat(513)] }], /request.inputs\[0\] .*at most 512/],
  ['images.remove', [request], /request.confirmed to images.remove/],
  ['images.remove', [{ ...request, confirmed: 'abc' }], /must be a plan fingerprint/],
  ['images.tag', ['busybox:latest'], /takes 2 arguments \(source, target\), but received 1/],
  ['images.tag', ['busybox:latest', 7], /argument target to images.tag: expected string/],
  ['images.tag', [{}, 'copy:latest'], /argument source to images.tag: expected string/],
  ['containers.list', {}, /takes 0 arguments as an array, but received an object/],
  ['containers.list', [[]], /takes 0 arguments, but received 1/],
  ['namespaces.list', null, /received null/],
  ['namespaces.list', ['default'], /takes 0 arguments, but received 1/],
  ['namespaces.select', ['bad name'], /argument name to namespaces.select: not a valid/],
  ['namespaces.select', [''], /argument name to namespaces.select: not a valid/],
  ['namespaces.select', ['n'.repeat(77)], /at most 76 characters/],
  ['connection.status', undefined, /as an array, but received undefined/],
  ['connection.status', [1, 2], /takes 0 arguments, but received 2/],
];

describe('dispatch', () => {
  it.each(badArguments)('rejects bad arguments to %s: %j', async (channel, args, message) => {
    const fake = createFakeServices();

    const envelope = await dispatch(fake.services, channel, args, silentLogger);

    expect(envelope.ok).toBe(false);
    expect(envelope.ok ? null : envelope.error.kind).toBe('invalid-argument');
    expect(envelope.ok ? '' : envelope.error.message).toMatch(message);
    expect(fake.calls).toEqual([]);
  });

  it('covers every channel with bad arguments', () => {
    const covered = new Set(badArguments.map(([channel]) => channel));

    expect([...covered].sort()).toEqual([...channels].sort());
  });

  it('names as many parameters as each schema has', () => {
    for (const channel of channels) {
      expect(parameterNames[channel].length, channel).toBe(
        argumentSchemas[channel].def.items.length,
      );
    }
  });

  it.each([['images.delete'], ['toString'], ['__proto__'], [42], [null]])(
    'rejects unknown channel %j',
    async (channel) => {
      const fake = createFakeServices();

      const envelope = await dispatch(fake.services, channel, [], silentLogger);

      expect(envelope.ok).toBe(false);
      expect(envelope.ok ? null : envelope.error.kind).toBe('invalid-argument');
      expect(envelope.ok ? '' : envelope.error.message).toMatch(/^Unknown channel /);
      expect(fake.calls).toEqual([]);
    },
  );

  it('cuts a long unknown channel name in the message', async () => {
    const fake = createFakeServices();

    const envelope = await dispatch(fake.services, 'x'.repeat(10_000), [], silentLogger);

    expect(envelope.ok ? '' : envelope.error.message).not.toContain('x'.repeat(65));
  });

  it('passes valid arguments to the service and returns its value', async () => {
    const fake = createFakeServices();

    const envelope = await dispatch(fake.services, 'images.tag', ['a:1', 'b:2'], silentLogger);

    expect(fake.calls).toEqual([{ channel: 'images.tag', args: ['a:1', 'b:2'] }]);
    expect(envelope).toMatchObject({ ok: true, value: { source: 'a:1', target: 'b:2' } });
  });

  it('passes a removal with its confirmed fingerprint', async () => {
    const fake = createFakeServices();
    const removal = { ...request, confirmed: fingerprint };

    const envelope = await dispatch(fake.services, 'images.remove', [removal], silentLogger);

    expect(envelope.ok).toBe(true);
    expect(fake.calls).toEqual([{ channel: 'images.remove', args: [removal] }]);
  });

  it('keeps the kind of a thrown QuaysideError', async () => {
    const fake = createFakeServices({
      'images.list': () =>
        Promise.reject(
          new QuaysideError('unavailable', 'containerd is not running at /tmp/c.sock.'),
        ),
    });

    const envelope = await dispatch(fake.services, 'images.list', [], silentLogger);

    expect(envelope).toEqual({
      ok: false,
      error: { kind: 'unavailable', message: 'containerd is not running at /tmp/c.sock.' },
    });
  });

  it('turns a plain Error into internal and logs it', async () => {
    const lines: string[] = [];
    const log = createLogger({ level: 'debug', file: null, write: (line) => lines.push(line) });
    const fake = createFakeServices({
      'connection.status': () => {
        throw new TypeError('secret detail at /home/user');
      },
    });

    const envelope = await dispatch(fake.services, 'connection.status', [], log);

    expect(envelope.ok).toBe(false);
    expect(envelope.ok ? null : envelope.error.kind).toBe('internal');
    expect(envelope.ok ? '' : envelope.error.message).not.toContain('secret detail');
    expect(envelope.ok ? '' : envelope.error.message).toContain('connection.status');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('secret detail');
    expect(lines[0]).toContain('channel=connection.status');
  });

  it('turns a thrown non-Error into internal', async () => {
    const fake = createFakeServices({
      // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- the case under test
      'namespaces.list': () => Promise.reject('plain string'),
    });

    const envelope = await dispatch(fake.services, 'namespaces.list', [], silentLogger);

    expect(envelope.ok ? null : envelope.error.kind).toBe('internal');
  });

  it('turns a synchronous throw into internal', async () => {
    const fake = createFakeServices({
      'namespaces.list': () => {
        throw new Error('thrown before any promise');
      },
    });

    const envelope = await dispatch(fake.services, 'namespaces.list', [], silentLogger);

    expect(envelope.ok ? null : envelope.error.kind).toBe('internal');
  });

  it('lists at most three argument problems', async () => {
    const fake = createFakeServices();
    const inputs = Array.from({ length: 6 }, () => 'x'.repeat(600));

    const envelope = await dispatch(
      fake.services,
      'images.plan',
      [{ inputs, force: false, prune: false }],
      silentLogger,
    );

    const message = envelope.ok ? '' : envelope.error.message;
    expect(message.match(/Invalid argument /g)).toHaveLength(3);
    expect(message).toContain('3 more argument problems not listed.');
  });
});

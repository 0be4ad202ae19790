import { describe, expect, it } from 'vitest';

import { image, inventoryOf } from '../testing/builders.js';
import { resolveInput, type Resolution } from './resolve.js';

const bashId = 'sha256:e0acf0b8fb59c01b6a2b66de360c86bcad5c3cd114db325155970e6bab9663a0';
const otherId = 'sha256:e0ad000000000000000000000000000000000000000000000000000000000001';
const abcdId = 'sha256:abcd000000000000000000000000000000000000000000000000000000000002';
const bash = image({ id: bashId, names: ['bash', 'bar'] });
const other = image({ id: otherId, names: ['other'] });
const hexTagged = image({ id: 'tagged-with-hex', names: ['cafe', 'repo'] });
const abcd = image({ id: abcdId, names: ['abcd'] });
const digested = image({ id: 'digested', names: ['app:v1', 'app@sha256:' + 'd'.repeat(64)] });
const inventory = inventoryOf([bash, other, hexTagged, abcd]);

function summary(resolution: Resolution): string {
  switch (resolution.kind) {
    case 'id':
      return `id ${resolution.imageId}`;
    case 'reference':
      return `reference ${resolution.imageId} ${resolution.records.map((r) => r.name).join(',')}`;
    case 'failed':
      return `${resolution.error.kind}: ${resolution.error.message}`;
    default: {
      const unexpected: never = resolution;
      return String(unexpected);
    }
  }
}

describe('resolveInput', () => {
  it.each([
    ['', 'invalid-argument: image name cannot be blank'],
    ['   ', 'invalid-argument: image name cannot be blank'],
    ['e0acf0b8fb59', `id ${bashId}`],
    ['sha256:e0acf0b8', `id ${bashId}`],
    [bashId, `id ${bashId}`],
    [bashId.slice(7), `id ${bashId}`],
    ['e0a', 'not-found: No such image: e0a:latest'],
    ['e0ac', `id ${bashId}`],
    ['e0a0', 'not-found: No such image: e0a0:latest'],
    ['sha256:e0a0', 'not-found: No such image: sha256:e0a0'],
    ['e0', 'not-found: No such image: e0:latest'],
    [
      'E0AC',
      'invalid-argument: invalid reference format: repository name (library/E0AC) must be lowercase',
    ],
    [`sha256:${'f'.repeat(64)}`, `not-found: No such image: sha256:${'f'.repeat(64)}`],
    ['f'.repeat(64), `not-found: No such image: sha256:${'f'.repeat(64)}`],
    ['bash', `reference ${bashId} docker.io/library/bash:latest`],
    ['docker.io/library/bar:latest', `reference ${bashId} docker.io/library/bar:latest`],
    ['bash:5.2', 'not-found: No such image: bash:5.2'],
    ['nothingthere', 'not-found: No such image: nothingthere:latest'],
    ['me/app', 'not-found: No such image: me/app:latest'],
    [
      'Base',
      'invalid-argument: invalid reference format: repository name (library/Base) must be lowercase',
    ],
    ['bash:', 'invalid-argument: invalid reference format'],
    ['cafe', `reference ${hexTagged.content.id} docker.io/library/cafe:latest`],
    ['abcd', `id ${abcdId}`],
    ['UPPER/repo:tag', 'not-found: No such image: UPPER/repo:tag'],
    ['sha256:74310AA25EAC', 'not-found: No such image: sha256:74310AA25EAC'],
    [
      'SHA256:74310aa25eac',
      'invalid-argument: invalid reference format: repository name (library/SHA256) must be lowercase',
    ],
    ['a'.repeat(65), `not-found: No such image: ${'a'.repeat(65)}:latest`],
    ['g431', 'not-found: No such image: g431:latest'],
    [
      '127.0.0.1:5055/test/Base',
      'invalid-argument: invalid reference format: repository name (test/Base) must be lowercase',
    ],
    ['a b', 'invalid-argument: invalid reference format'],
    ['base:tag:x', 'invalid-argument: invalid reference format'],
    ['base ', 'invalid-argument: invalid reference format'],
    ['base:TAG', 'not-found: No such image: base:TAG'],
    [`docker.io/library/nothere@${'0'.repeat(7)}`, 'invalid-argument: invalid reference format'],
    [
      `docker.io/library/nothere@sha256:${'0'.repeat(64)}`,
      `not-found: No such image: nothere@sha256:${'0'.repeat(64)}`,
    ],
  ])('resolves %j to %s', (input, expected) => {
    expect(summary(resolveInput(inventory, input))).toBe(expected);
  });

  it('treats fewer than four hex digits as a name', () => {
    const prefix = resolveInput(inventoryOf([bash, other]), 'e0a');
    const prefixed = resolveInput(inventoryOf([bash, other]), 'sha256:e0a');

    expect(summary(prefix)).toBe('not-found: No such image: e0a:latest');
    expect(summary(prefixed)).toBe('not-found: No such image: sha256:e0a');
  });

  it('reports ambiguity for prefixes of four or more digits', () => {
    const twins = inventoryOf([
      image({ id: 'sha256:1234' + '0'.repeat(60), names: ['one'] }),
      image({ id: 'sha256:1234' + '1'.repeat(60), names: ['two'] }),
    ]);

    expect(summary(resolveInput(twins, '1234'))).toBe('not-found: ambiguous reference');
    expect(summary(resolveInput(twins, 'sha256:1234'))).toBe('not-found: ambiguous reference');
    expect(summary(resolveInput(twins, '12340'))).toBe(`id sha256:1234${'0'.repeat(60)}`);
  });

  it('reports ambiguity when a hex tag and another image prefix both match', () => {
    const tag = image({ id: 'named-like-a-prefix', names: ['e0ac'] });
    const resolution = resolveInput(inventoryOf([bash, tag]), 'e0ac');

    expect(summary(resolution)).toBe('not-found: ambiguous reference');
  });

  it('treats a tag that is a prefix of its own image ID as by ID', () => {
    const tag = image({ id: bashId, names: ['e0acf0'] });

    expect(summary(resolveInput(inventoryOf([tag]), 'e0acf0'))).toBe(`id ${bashId}`);
  });

  it.each(['s', 'sha', 'sha256'])('treats the tag %s as by ID', (name) => {
    // Every image ID starts with `sha256:`, so these names are prefixes of their image's ID.
    const tag = image({ id: bashId, names: [name, 'bar'] });

    expect(summary(resolveInput(inventoryOf([tag]), name))).toBe(`id ${bashId}`);
  });

  it('resolves a record literally named sha256 with a hex tag', () => {
    const odd = image({ id: 'odd', names: ['sha256:defcab'] });

    expect(summary(resolveInput(inventoryOf([odd]), 'sha256:defcab'))).toBe(
      `reference ${odd.content.id} docker.io/library/sha256:defcab`,
    );
  });

  it('treats a dangling record name as the image ID', () => {
    const dangling = image({ id: bashId, dangling: true });
    const resolution = resolveInput(inventoryOf([dangling]), `moby-dangling@${bashId}`);

    expect(summary(resolution)).toBe(`id ${bashId}`);
  });

  it('matches repo@digest only within its repository', () => {
    const shared = image({ id: 'shared', names: ['app:v1', 'app:v2', 'elsewhere:v1'] });
    const inventory = inventoryOf([shared]);
    const digest = shared.content.id;

    expect(summary(resolveInput(inventory, `app@${digest}`))).toBe(
      `reference ${digest} docker.io/library/app:v1,docker.io/library/app:v2`,
    );
    expect(summary(resolveInput(inventory, `other@${digest}`))).toBe(
      `not-found: No such image: other@${digest}`,
    );
  });

  it('puts the exact repo@digest record first', () => {
    const digest = 'sha256:' + 'd'.repeat(64);
    const byDigest = image({ id: digest, names: ['app:v1', `app@${digest}`] });
    const resolution = resolveInput(inventoryOf([byDigest, digested]), `app@${digest}`);

    expect(summary(resolution)).toBe(
      `reference ${digest} docker.io/library/app@${digest},docker.io/library/app:v1`,
    );
  });

  it('names only the leftover record by its dangling name next to a named one', () => {
    const both = image({ id: bashId, names: ['bash'], dangling: true });
    const resolution = resolveInput(inventoryOf([both]), `moby-dangling@${bashId}`);

    expect(summary(resolution)).toBe(`reference ${bashId} moby-dangling@${bashId}`);
  });

  it('never matches a dangling record by repo@digest', () => {
    const dangling = image({ id: bashId, dangling: true });
    const inventory = inventoryOf([dangling]);

    expect(summary(resolveInput(inventory, `moby-dangling@${otherId}`))).toBe(
      `not-found: No such image: moby-dangling@${otherId}`,
    );
    expect(summary(resolveInput(inventory, `foo@${bashId}`))).toBe(
      `not-found: No such image: foo@${bashId}`,
    );
  });

  it('names the display form with latest added', () => {
    const resolution = resolveInput(inventory, 'docker.io/library/bash');

    expect(resolution.kind).toBe('reference');
    expect(resolution.kind === 'reference' ? resolution.displayName : null).toBe('bash:latest');
  });
});

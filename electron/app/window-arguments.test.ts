import { describe, expect, it } from 'vitest';

import { readWindowArguments } from './window-arguments.js';

const electron = ['/usr/lib/electron/electron', '/opt/quayside'];

describe('readWindowArguments', () => {
  it.each([
    ['nothing', [...electron], {}],
    [
      'both flags after --',
      [...electron, '--', '--address', '/tmp/c.sock', '--namespace', 'k8s.io'],
      { address: '/tmp/c.sock', namespace: 'k8s.io' },
    ],
    [
      'the = form',
      [...electron, '--', '--address=/tmp/c.sock', '--namespace=buildkit'],
      { address: '/tmp/c.sock', namespace: 'buildkit' },
    ],
    ['flags without --', [...electron, '--namespace', 'k8s.io'], { namespace: 'k8s.io' }],
    [
      'a Chromium switch before --',
      [...electron, '--address=/chromium', '--', '--namespace', 'default'],
      { namespace: 'default' },
    ],
    ['a flag without its value', [...electron, '--', '--address'], {}],
    [
      'the last occurrence',
      [...electron, '--', '--namespace', 'a', '--namespace', 'b'],
      { namespace: 'b' },
    ],
    [
      'unknown arguments',
      [...electron, '--', '--inspect', '--namespace', 'default'],
      { namespace: 'default' },
    ],
  ])('reads %s', (_case, argv, expected) => {
    expect(readWindowArguments(argv)).toEqual(expected);
  });
});

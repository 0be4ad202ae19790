import { describe, expect, it } from 'vitest';

import { grpcTarget, resolveConnection, socketPath } from './address.js';

describe('resolveConnection', () => {
  const cases = [
    {
      case: 'defaults',
      flags: {},
      env: {},
      expected: { address: '/run/containerd/containerd.sock', namespace: 'default' },
    },
    {
      case: 'environment',
      flags: {},
      env: {
        CONTAINERD_ADDRESS: '/run/k3s/containerd/containerd.sock',
        CONTAINERD_NAMESPACE: 'k8s.io',
      },
      expected: { address: '/run/k3s/containerd/containerd.sock', namespace: 'k8s.io' },
    },
    {
      case: 'flags over environment',
      flags: { address: 'unix:///tmp/a.sock', namespace: 'moby' },
      env: { CONTAINERD_ADDRESS: '/run/b.sock', CONTAINERD_NAMESPACE: 'k8s.io' },
      expected: { address: '/tmp/a.sock', namespace: 'moby' },
    },
    {
      case: 'empty values fall through',
      flags: { address: '', namespace: '' },
      env: { CONTAINERD_ADDRESS: '', CONTAINERD_NAMESPACE: 'buildkit' },
      expected: { address: '/run/containerd/containerd.sock', namespace: 'buildkit' },
    },
  ];

  it.each(cases)('$case', ({ flags, env, expected }) => {
    expect(resolveConnection(flags, env)).toEqual(expected);
  });
});

describe('socketPath', () => {
  it.each([
    ['/run/containerd/containerd.sock', '/run/containerd/containerd.sock'],
    ['unix:///run/containerd/containerd.sock', '/run/containerd/containerd.sock'],
    ['unix:/run/containerd/containerd.sock', '/run/containerd/containerd.sock'],
    ['unix://run/containerd/containerd.sock', '/run/containerd/containerd.sock'],
  ])('%s', (address, expected) => {
    expect(socketPath(address)).toBe(expected);
  });

  it('resolves a relative path against the working folder', () => {
    expect(socketPath('unix:relative.sock')).toBe(`${process.cwd()}/relative.sock`);
  });
});

describe('grpcTarget', () => {
  it('uses three slashes for an absolute path', () => {
    expect(grpcTarget('/run/containerd/containerd.sock')).toBe(
      'unix:///run/containerd/containerd.sock',
    );
  });

  it('never produces two slashes from a unix:// address', () => {
    expect(grpcTarget('unix://run/x.sock')).toBe('unix:///run/x.sock');
  });
});

import { describe, expect, it } from 'vitest';

import { chainId, chainIds } from './chain-id.js';

// The pair and the result come from a real unpack: containerd 1.6 named the committed snapshot
// of this two-layer image by this chain ID.
const lower = 'sha256:e3be70da03835d67538e234ac7b63f89f82e1d1fb3705897039bd8c8157d80f1';
const upper = 'sha256:33f1714f11398ce1ce0a0c323900984447e4d7e77db8b984e675edc0b7d8b139';
const both = 'sha256:c5266e5b92a5d6179aa09fffafbf199f3c413841bcd5a79e67522b4624d853de';

describe('chainId', () => {
  it('is null without layers', () => {
    expect(chainId([])).toBeNull();
  });

  it('is the diff ID of a single layer', () => {
    expect(chainId([lower])).toBe(lower);
  });

  it('matches the snapshot containerd committed', () => {
    expect(chainId([lower, upper])).toBe(both);
  });

  it('lists every prefix', () => {
    expect(chainIds([lower, upper])).toEqual([lower, both]);
  });
});

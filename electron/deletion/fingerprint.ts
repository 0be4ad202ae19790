// A digest of a plan's decisions, so the window can check that what runs is what the user
// confirmed. It covers the request and every input's outcome, never the time of the read.

import { createHash } from 'node:crypto';

import type { InputPlan, RemovalRequest } from './types.js';

/** JSON with object keys sorted, so equal values always give equal text. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) {
    return `[${value.map((item: unknown) => canonicalJson(item)).join(',')}]`;
  }
  if (value !== null && typeof value === 'object') {
    // Keys are compared by code unit so the text does not depend on the locale.
    const entries = Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => Number(a > b) - Number(a < b));
    const members = entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`);
    return `{${members.join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Returns the sha256 hex of the namespace, the request and the decisions. */
export function fingerprintOf(
  namespace: string,
  request: RemovalRequest,
  inputs: readonly InputPlan[],
): string {
  const text = canonicalJson({ namespace, request, inputs });
  return createHash('sha256').update(text).digest('hex');
}

import { describe, expect, it } from 'vitest';

import { FakeApi } from '../testing/FakeApi.js';
import { ApiError, toApiError } from './ApiError.js';
import { pickTransport } from './pickTransport.js';

describe('pickTransport', () => {
  it('uses window.quayside when the preload exposed it', () => {
    const api = new FakeApi();
    const win = Object.assign(Object.create(window) as Window, { quayside: api });

    const transport = pickTransport(win);

    expect(transport.api).toBe(api);
    expect(transport.link).toBeNull();
  });

  it('rejects a browser page without a token', () => {
    // jsdom serves the test page from http://localhost:3000/ with no query.
    const failure = (() => {
      try {
        pickTransport(window);
        return null;
      } catch (error) {
        return error;
      }
    })();

    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({ kind: 'invalid-argument' });
  });
});

describe('toApiError', () => {
  it('keeps the kind of a preload rejection', () => {
    const error = toApiError({ name: 'QuaysideError', kind: 'permission-denied', message: 'no' });

    expect(error).toBeInstanceOf(ApiError);
    expect(error.kind).toBe('permission-denied');
    expect(error.message).toBe('no');
  });

  it.each([
    [new Error('boom'), 'boom'],
    [{ kind: 'strange', message: 'odd kind' }, 'odd kind'],
    ['a string', 'a string'],
  ])('maps %o to internal', (value, message) => {
    const error = toApiError(value);

    expect(error.kind).toBe('internal');
    expect(error.message).toBe(message);
  });
});

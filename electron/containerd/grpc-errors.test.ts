import { Metadata, status } from '@grpc/grpc-js';
import type { ServiceError } from '@grpc/grpc-js';
import { describe, expect, it } from 'vitest';

import { QuaysideError } from '../errors.js';
import { isUnimplemented, mapGrpcError, unknownNamespaceMessage } from './grpc-errors.js';

function serviceError(code: status, details: string): ServiceError {
  return Object.assign(new Error(`${code} ${details}`), {
    code,
    details,
    metadata: new Metadata(),
  });
}

const context = { address: '/run/x.sock', operation: 'Images.Get' };

describe('mapGrpcError', () => {
  it.each([
    [status.NOT_FOUND, 'not-found'],
    [status.ALREADY_EXISTS, 'conflict'],
    [status.FAILED_PRECONDITION, 'conflict'],
    [status.ABORTED, 'conflict'],
    [status.INVALID_ARGUMENT, 'invalid-argument'],
    [status.OUT_OF_RANGE, 'invalid-argument'],
    [status.UNAVAILABLE, 'unavailable'],
    [status.DEADLINE_EXCEEDED, 'unavailable'],
    [status.PERMISSION_DENIED, 'permission-denied'],
    [status.UNAUTHENTICATED, 'permission-denied'],
    [status.INTERNAL, 'internal'],
    [status.UNIMPLEMENTED, 'internal'],
    [status.UNKNOWN, 'internal'],
  ])('code %i is %s', (code, kind) => {
    expect(mapGrpcError(serviceError(code, 'boom'), context).kind).toBe(kind);
  });

  it('names the operation and the details', () => {
    const error = mapGrpcError(serviceError(status.NOT_FOUND, 'image "x": not found'), context);

    expect(error.message).toBe('Images.Get failed: image "x": not found');
  });

  it('explains a missing socket', () => {
    const details = 'No connection established. Last error: connect ENOENT /run/x.sock';
    const error = mapGrpcError(serviceError(status.UNAVAILABLE, details), context);

    expect(error.kind).toBe('unavailable');
    expect(error.message).toContain(
      'containerd is not running at /run/x.sock: the socket does not exist',
    );
    expect(error.message).toContain('--address');
  });

  it('explains a socket without permission', () => {
    const details = 'No connection established. Last error: connect EACCES /run/x.sock';
    const error = mapGrpcError(serviceError(status.UNAVAILABLE, details), context);

    expect(error.kind).toBe('permission-denied');
    expect(error.message).toBe(
      "Permission denied on /run/x.sock. Run Quayside as root, or give your user the socket's group.",
    );
  });

  it('passes a QuaysideError through', () => {
    const original = new QuaysideError('conflict', 'taken');

    expect(mapGrpcError(original, context)).toBe(original);
  });

  it('wraps a plain error as internal', () => {
    expect(mapGrpcError(new Error('odd'), context).kind).toBe('internal');
  });
});

describe('isUnimplemented', () => {
  it('reads the code of the cause', () => {
    const mapped = mapGrpcError(serviceError(status.UNIMPLEMENTED, 'unknown method'), context);

    expect(isUnimplemented(mapped)).toBe(true);
  });

  it('is false for other codes', () => {
    expect(isUnimplemented(mapGrpcError(serviceError(status.INTERNAL, 'x'), context))).toBe(false);
  });
});

describe('unknownNamespaceMessage', () => {
  it('lists the existing namespaces and the fix', () => {
    expect(unknownNamespaceMessage('x', '/run/x.sock', ['a', 'b'])).toBe(
      'Namespace "x" does not exist in containerd at /run/x.sock. Existing namespaces: a, b. ' +
        'Pass --namespace or set CONTAINERD_NAMESPACE.',
    );
  });
});

// Test data in the shapes the main process sends, with defaults a test overrides field by field.

import type {
  ConnectionStatus,
  ContainerRef,
  ContainerRow,
  ImageRow,
  InputPlan,
  RemovalPlan,
  RemovalRequest,
} from '../../electron/ipc/contract.js';

/** Returns an image ID made of one repeated hex digit, for example `sha256:aaaa…`. */
export function imageIdOf(digit: string): string {
  return `sha256:${digit.repeat(64)}`;
}

/** A plan fingerprint: 64 hex digits. */
export const fingerprint = 'f'.repeat(64);

/** Returns the ISO 8601 time `minutes` before now. */
export function minutesAgo(minutes: number): string {
  return new Date(Date.now() - minutes * 60_000).toISOString();
}

/** Builds a named image row for `familiar` (`repo:tag`) with image ID `sha256:<digit × 64>`. */
export function imageRow(
  familiar: string,
  digit: string,
  fields: Partial<ImageRow> = {},
): ImageRow {
  const [repository = familiar, tag = 'latest'] = familiar.split(':');
  const name = repository.includes('/') ? familiar : `docker.io/library/${familiar}`;
  const imageId = imageIdOf(digit);
  return {
    key: name,
    name,
    familiar,
    repository,
    tag,
    digest: null,
    imageId,
    shortId: digit.repeat(12),
    created: minutesAgo(3),
    size: 24_800_000,
    dangling: false,
    intermediate: false,
    containers: [],
    problem: null,
    ...fields,
  };
}

/** Builds a dangling image row with image ID `sha256:<digit × 64>`. */
export function danglingRow(digit: string, fields: Partial<ImageRow> = {}): ImageRow {
  const imageId = imageIdOf(digit);
  return imageRow('<none>:<none>', digit, {
    key: `moby-dangling@${imageId}`,
    name: `moby-dangling@${imageId}`,
    familiar: null,
    repository: '<none>',
    tag: '<none>',
    dangling: true,
    ...fields,
  });
}

/** Builds a stopped container row; `fields` override any part of it. */
export function containerRow(id: string, fields: Partial<ContainerRow> = {}): ContainerRow {
  return {
    id,
    name: null,
    image: 'docker.io/library/bash:latest',
    imageId: imageIdOf('a'),
    status: 'STOPPED',
    running: false,
    created: minutesAgo(10),
    ...fields,
  };
}

/** Builds a container reference as conflicts and in-use badges carry it. */
export function containerRef(id: string, running: boolean): ContainerRef {
  return {
    id,
    status: running ? 'RUNNING' : 'STOPPED',
    running,
    image: 'docker.io/library/bash:latest',
  };
}

/** Builds a connected status on the test socket. */
export function connectedStatus(fields: Partial<ConnectionStatus> = {}): ConnectionStatus {
  return {
    address: '/run/test/containerd.sock',
    namespace: 'default',
    state: 'connected',
    version: '1.6.20',
    error: null,
    ...fields,
  };
}

/** Builds a planned input that untags `input` and deletes image `digit`, freeing 24.8 MB. */
export function plannedInput(
  input: string,
  digit: string,
  fields: Partial<Extract<InputPlan, { kind: 'planned' }>> = {},
): InputPlan {
  const imageId = imageIdOf(digit);
  return {
    kind: 'planned',
    input,
    mode: 'reference',
    imageId,
    actions: [],
    lines: [
      { kind: 'untagged', value: input },
      { kind: 'deleted', value: imageId },
    ],
    untagged: [input],
    deleted: [imageId],
    pruned: [],
    keptDangling: null,
    freedBytes: 24_800_000,
    forced: false,
    ...fields,
  };
}

/** Builds a plan for `request` made of `inputs`, freeing the sum of their bytes. */
export function planOf(request: RemovalRequest, inputs: readonly InputPlan[]): RemovalPlan {
  const freedBytes = inputs.reduce(
    (sum, input) => sum + (input.kind === 'planned' ? input.freedBytes : 0),
    0,
  );
  return {
    request,
    namespace: 'default',
    basedOn: minutesAgo(0),
    inputs,
    freedBytes,
    fingerprint: request.force ? 'e'.repeat(64) : fingerprint,
  };
}

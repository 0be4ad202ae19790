// Finds the folder of Quayside's .proto files. It sits at the repository root in a checkout and
// beside dist/ in a build or a packaged app, so the search walks up from this module's folder:
// electron/containerd/ in source, dist/electron/containerd/ once compiled.

import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { QuaysideError } from '../errors.js';

/** The .proto files the client loads, relative to the proto root. */
export const serviceProtoFiles: readonly string[] = [
  'services/version/v1/version.proto',
  'services/namespaces/v1/namespace.proto',
  'services/images/v1/images.proto',
  'services/containers/v1/containers.proto',
  'services/tasks/v1/tasks.proto',
  'services/content/v1/content.proto',
  'services/snapshots/v1/snapshots.proto',
  'services/leases/v1/leases.proto',
  'services/events/v1/events.proto',
];

/** The event payload files, decoded from the Any of each envelope. */
export const eventProtoFiles: readonly string[] = [
  'events/image.proto',
  'events/container.proto',
  'events/task.proto',
];

const marker = join('services', 'images', 'v1', 'images.proto');

/** Returns the nearest `proto/` folder above `start` that contains the containerd protos. */
export function findProtoRoot(start: string = dirname(fileURLToPath(import.meta.url))): string {
  let folder = start;
  for (;;) {
    const candidate = join(folder, 'proto');
    if (existsSync(join(candidate, marker))) {
      return candidate;
    }
    const parent = dirname(folder);
    if (parent === folder) {
      throw new QuaysideError(
        'internal',
        `The containerd .proto files were not found in a proto/ folder above ${start}. ` +
          'Reinstall Quayside, or run it from a checkout that contains proto/.',
      );
    }
    folder = parent;
  }
}

// The containers table: every container with the image it uses by the deletion rules.

import { isRunning, type Inventory, type TaskStatus } from '../containerd/model.js';
import { familiarName, shortId } from '../deletion/reference.js';
import { imageUsedBy } from '../deletion/usage.js';
import type { ContainerListing, ContainerRow } from '../ipc/contract.js';
import { createdSince, formatTable } from './format.js';
import { compareNewestFirst, compareText } from './order.js';

/** The label nerdctl stores a container's human name in. */
const nameLabel = 'nerdctl/name';

/** Orders rows as `docker ps`: newest first, then by ID; rows without a time go last. */
function compareRows(a: ContainerRow, b: ContainerRow): number {
  return compareNewestFirst(a.created, b.created) || compareText(a.id, b.id);
}

/** Lists the containers of an inventory, with the image each one uses. */
export function listContainers(inventory: Inventory): ContainerListing {
  const rows = inventory.containers
    .map((container) => ({
      id: container.id,
      name: container.labels[nameLabel] ?? null,
      image: container.image,
      imageId: imageUsedBy(inventory, container),
      status: container.status,
      running: isRunning(container.status),
      created: container.createdAt,
    }))
    .sort(compareRows);
  return {
    address: inventory.address,
    namespace: inventory.namespace,
    readAt: inventory.readAt,
    rows,
  };
}

const statusText: Readonly<Record<TaskStatus, string>> = {
  NONE: 'created',
  UNKNOWN: 'unknown',
  CREATED: 'created',
  RUNNING: 'running',
  STOPPED: 'stopped',
  PAUSED: 'paused',
  PAUSING: 'pausing',
};

/** Formats the containers table: CONTAINER ID, IMAGE, IMAGE ID, CREATED, STATUS and NAMES. */
export function formatContainersTable(
  rows: readonly ContainerRow[],
  options: { readonly now?: Date } = {},
): string {
  const now = options.now ?? new Date();
  return formatTable([
    ['CONTAINER ID', 'IMAGE', 'IMAGE ID', 'CREATED', 'STATUS', 'NAMES'],
    ...rows.map((row) => [
      shortId(row.id),
      row.image === '' ? '<none>' : familiarName(row.image),
      row.imageId === null ? '<none>' : shortId(row.imageId),
      createdSince(row.created, now),
      statusText[row.status],
      row.name ?? '',
    ]),
  ]).join('\n');
}

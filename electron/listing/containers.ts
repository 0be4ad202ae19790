// The containers table: every container with the image it uses by the deletion rules.

import { isRunning, type Inventory } from '../containerd/model.js';
import { imageUsedBy } from '../deletion/usage.js';
import type { ContainerListing, ContainerRow } from '../ipc/contract.js';
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

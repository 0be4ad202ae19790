// Reads the containers of a namespace with their task state and the parent of their rootfs
// snapshot, which is the chain ID of the image they were created from.

import type { ServiceClients } from './services.js';
import type { Container__Output } from './generated/containerd/services/containers/v1/Container.js';
import type { ListContainerMessage__Output } from './generated/containerd/services/containers/v1/ListContainerMessage.js';
import type { ListContainersResponse__Output } from './generated/containerd/services/containers/v1/ListContainersResponse.js';
import type { ListSnapshotsResponse__Output } from './generated/containerd/services/snapshots/v1/ListSnapshotsResponse.js';
import type { ListTasksResponse__Output } from './generated/containerd/services/tasks/v1/ListTasksResponse.js';
import type { Process__Output } from './generated/containerd/v1/types/Process.js';
import { compareCodeUnits, isoTime } from './convert.js';
import { isUnimplemented } from './grpc-errors.js';
import type { ContainerInfo, TaskStatus } from './model.js';
import { type CallSettings, collect, unary } from './rpc.js';

/** Lists containers with ListStream, or with List on servers that do not have it. */
async function listContainers(
  clients: ServiceClients,
  settings: CallSettings,
): Promise<Container__Output[]> {
  try {
    const messages = await collect<ListContainerMessage__Output>(
      settings,
      'Containers.ListStream',
      (md, options) => clients.containers.ListStream({ filters: [] }, md, options),
    );
    return messages.flatMap((message) => (message.container === null ? [] : [message.container]));
  } catch (error) {
    if (!isUnimplemented(error)) {
      throw error;
    }
  }
  const response = await unary<ListContainersResponse__Output>(
    settings,
    'Containers.List',
    (md, options, done) => clients.containers.List({ filters: [] }, md, options, done),
  );
  return response.containers;
}

/** Lists the tasks by container ID. Tasks.List leaves container_id empty and sets id to it. */
async function listTasks(
  clients: ServiceClients,
  settings: CallSettings,
): Promise<Map<string, Process__Output>> {
  const response = await unary<ListTasksResponse__Output>(
    settings,
    'Tasks.List',
    (md, options, done) => clients.tasks.List({ filter: '' }, md, options, done),
  );
  return new Map(response.tasks.map((task) => [task.container_id || task.id, task]));
}

/**
 * Returns the parent of each container's snapshot, keyed `snapshotter/key`. One List stream per
 * snapshotter in use costs the same few calls for any number of containers, where a Stat per
 * container would cost one call each. The kind filters keep committed image layers off the wire,
 * because a container's rootfs is an active snapshot, or a view for read-only containers.
 */
async function snapshotParents(
  clients: ServiceClients,
  settings: CallSettings,
  containers: readonly Container__Output[],
): Promise<Map<string, string>> {
  const snapshotters = new Set(containers.map((c) => c.snapshotter).filter((name) => name !== ''));
  const parents = new Map<string, string>();
  await Promise.all(
    [...snapshotters].map(async (snapshotter) => {
      const batches = await collect<ListSnapshotsResponse__Output>(
        settings,
        'Snapshots.List',
        (md, options) =>
          clients.snapshots.List(
            { snapshotter, filters: ['kind==active', 'kind==view'] },
            md,
            options,
          ),
      );
      for (const info of batches.flatMap((batch) => batch.info)) {
        parents.set(`${snapshotter}/${info.name}`, info.parent);
      }
    }),
  );
  return parents;
}

function toContainerInfo(
  container: Container__Output,
  task: Process__Output | undefined,
  parent: string | undefined,
): ContainerInfo {
  const status: TaskStatus = task === undefined ? 'NONE' : task.status;
  return {
    id: container.id,
    image: container.image,
    labels: { ...container.labels },
    snapshotter: container.snapshotter,
    snapshotKey: container.snapshot_key,
    snapshotParent: parent === undefined || parent === '' ? null : parent,
    status,
    pid: task === undefined || task.pid === 0 ? null : task.pid,
    exitStatus: status === 'STOPPED' ? (task?.exit_status ?? null) : null,
    createdAt: isoTime(container.created_at),
  };
}

/** Reads every container of the namespace with its task and snapshot parent, sorted by ID. */
export async function readContainers(
  clients: ServiceClients,
  settings: CallSettings,
): Promise<ContainerInfo[]> {
  const [containers, tasks] = await Promise.all([
    listContainers(clients, settings),
    listTasks(clients, settings),
  ]);
  const parents = await snapshotParents(clients, settings, containers);
  const infos = containers.map((container) =>
    toContainerInfo(
      container,
      tasks.get(container.id),
      parents.get(`${container.snapshotter}/${container.snapshot_key}`),
    ),
  );
  return infos.sort((left, right) => compareCodeUnits(left.id, right.id));
}

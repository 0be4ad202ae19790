// Loads the containerd service definitions once, with the options the generated types in
// generated/ were made with (see the proto:types script), and opens typed service clients.

import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';

import type { ProtoGrpcType as ContainersProto } from './generated/containers.js';
import type { ContainersClient } from './generated/containerd/services/containers/v1/Containers.js';
import type { ContentClient } from './generated/containerd/services/content/v1/Content.js';
import type { EventsClient } from './generated/containerd/services/events/v1/Events.js';
import type { ImagesClient } from './generated/containerd/services/images/v1/Images.js';
import type { LeasesClient } from './generated/containerd/services/leases/v1/Leases.js';
import type { NamespacesClient } from './generated/containerd/services/namespaces/v1/Namespaces.js';
import type { SnapshotsClient } from './generated/containerd/services/snapshots/v1/Snapshots.js';
import type { TasksClient } from './generated/containerd/services/tasks/v1/Tasks.js';
import type { VersionClient } from './generated/containerd/services/version/v1/Version.js';
import type { ProtoGrpcType as ContentProto } from './generated/content.js';
import type { ProtoGrpcType as EventsProto } from './generated/events.js';
import type { ProtoGrpcType as ImagesProto } from './generated/images.js';
import type { ProtoGrpcType as LeasesProto } from './generated/leases.js';
import type { ProtoGrpcType as NamespacesProto } from './generated/namespace.js';
import type { ProtoGrpcType as SnapshotsProto } from './generated/snapshots.js';
import type { ProtoGrpcType as TasksProto } from './generated/tasks.js';
import type { ProtoGrpcType as VersionProto } from './generated/version.js';
import { findProtoRoot, serviceProtoFiles } from './proto-root.js';

type ContainerdProto = VersionProto &
  NamespacesProto &
  ImagesProto &
  ContainersProto &
  TasksProto &
  ContentProto &
  SnapshotsProto &
  LeasesProto &
  EventsProto;

/** The proto-loader options; the proto:types script passes the same ones to the generator. */
export const loaderOptions: protoLoader.Options = {
  keepCase: true,
  longs: String,
  enums: String,
  defaults: true,
  oneofs: true,
};

/** One typed client per containerd service, all on the same channel. */
export interface ServiceClients {
  readonly version: VersionClient;
  readonly namespaces: NamespacesClient;
  readonly images: ImagesClient;
  readonly containers: ContainersClient;
  readonly tasks: TasksClient;
  readonly content: ContentClient;
  readonly snapshots: SnapshotsClient;
  readonly leases: LeasesClient;
  readonly events: EventsClient;
}

// containerd sends messages of up to 16 MiB, and grpc-js accepts only 4 MiB by default.
const maxMessageBytes = 16 * 1024 * 1024;

let loaded: ContainerdProto | null = null;

function loadProto(): ContainerdProto {
  if (loaded === null) {
    const definition = protoLoader.loadSync([...serviceProtoFiles], {
      ...loaderOptions,
      includeDirs: [findProtoRoot()],
    });
    loaded = grpc.loadPackageDefinition(definition) as unknown as ContainerdProto;
  }
  return loaded;
}

/** Opens the service clients for a grpc-js target such as `unix:///run/containerd/containerd.sock`. */
export function openServiceClients(target: string): ServiceClients {
  const proto = loadProto();
  const services = proto.containerd.services;
  const credentials = grpc.credentials.createInsecure();
  const options: grpc.ClientOptions = {
    'grpc.max_receive_message_length': maxMessageBytes,
    'grpc.max_send_message_length': maxMessageBytes,
  };

  // The clients share one channel, so they share one connection and close together.
  const version = new services.version.v1.Version(target, credentials, options);
  const channelOverride = version.getChannel();
  const shared: grpc.ClientOptions = { ...options, channelOverride };
  return {
    version,
    namespaces: new services.namespaces.v1.Namespaces(target, credentials, shared),
    images: new services.images.v1.Images(target, credentials, shared),
    containers: new services.containers.v1.Containers(target, credentials, shared),
    tasks: new services.tasks.v1.Tasks(target, credentials, shared),
    content: new services.content.v1.Content(target, credentials, shared),
    snapshots: new services.snapshots.v1.Snapshots(target, credentials, shared),
    leases: new services.leases.v1.Leases(target, credentials, shared),
    events: new services.events.v1.Events(target, credentials, shared),
  };
}

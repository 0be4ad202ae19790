import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { VersionClient as _containerd_services_version_v1_VersionClient, VersionDefinition as _containerd_services_version_v1_VersionDefinition } from './containerd/services/version/v1/Version.js';
import type { VersionResponse as _containerd_services_version_v1_VersionResponse, VersionResponse__Output as _containerd_services_version_v1_VersionResponse__Output } from './containerd/services/version/v1/VersionResponse.js';
import type { Empty as _google_protobuf_Empty, Empty__Output as _google_protobuf_Empty__Output } from './google/protobuf/Empty.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  containerd: {
    services: {
      version: {
        v1: {
          Version: SubtypeConstructor<typeof grpc.Client, _containerd_services_version_v1_VersionClient> & { service: _containerd_services_version_v1_VersionDefinition }
          VersionResponse: MessageTypeDefinition<_containerd_services_version_v1_VersionResponse, _containerd_services_version_v1_VersionResponse__Output>
        }
      }
    }
  }
  google: {
    protobuf: {
      Empty: MessageTypeDefinition<_google_protobuf_Empty, _google_protobuf_Empty__Output>
    }
  }
}


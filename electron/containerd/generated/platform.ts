import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { Platform as _containerd_types_Platform, Platform__Output as _containerd_types_Platform__Output } from './containerd/types/Platform.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  containerd: {
    types: {
      Platform: MessageTypeDefinition<_containerd_types_Platform, _containerd_types_Platform__Output>
    }
  }
}


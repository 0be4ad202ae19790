// An in-memory QuaysideApi for component tests. It records every call, returns values from fields
// a test sets, fails the channels a test lists and pushes events on `emit`.

import type {
  ChangeEvent,
  Channel,
  ConnectionStatus,
  ContainerRow,
  ImageRow,
  QuaysideApi,
  RemovalPlan,
  RemovalRequest,
  RemovalResult,
  RemoveRequest,
  TagResult,
} from '../../electron/ipc/contract.js';
import { ApiError } from '../api/ApiError.js';
import { connectedStatus, planOf } from './fixtures.js';

/** One recorded call. */
export interface RecordedCall {
  readonly channel: Channel;
  readonly args: readonly unknown[];
}

/** A QuaysideApi whose results a test controls. */
export class FakeApi implements QuaysideApi {
  readonly calls: RecordedCall[] = [];
  /** Channels that reject with the given error. */
  readonly failures = new Map<Channel, ApiError>();
  status: ConnectionStatus = connectedStatus();
  namespaceNames: readonly string[] = ['default', 'k8s.io'];
  imageRows: readonly ImageRow[] = [];
  containerRows: readonly ContainerRow[] = [];
  planFor: (request: RemovalRequest) => RemovalPlan = (request) => planOf(request, []);
  removeResult: RemovalResult = { inputs: [], freedBytes: 0, exitStatus: 0 };
  tagResultFor: (source: string, target: string) => TagResult = (source, target) => ({
    source,
    target,
    imageId: `sha256:${'a'.repeat(64)}`,
    replacedImageId: null,
    keptDangling: null,
  });
  private readonly listeners = new Set<(event: ChangeEvent) => void>();

  readonly images: QuaysideApi['images'] = {
    list: () =>
      this.answer('images.list', [], () => ({
        address: this.status.address,
        namespace: this.status.namespace,
        readAt: new Date().toISOString(),
        rows: this.imageRows,
      })),
    plan: (request) => this.answer('images.plan', [request], () => this.planFor(request)),
    remove: (request: RemoveRequest) =>
      this.answer('images.remove', [request], () => this.removeResult),
    tag: (source, target) =>
      this.answer('images.tag', [source, target], () => this.tagResultFor(source, target)),
  };

  readonly containers: QuaysideApi['containers'] = {
    list: () =>
      this.answer('containers.list', [], () => ({
        address: this.status.address,
        namespace: this.status.namespace,
        readAt: new Date().toISOString(),
        rows: this.containerRows,
      })),
  };

  readonly namespaces: QuaysideApi['namespaces'] = {
    list: () => this.answer('namespaces.list', [], () => this.namespaceNames),
    select: (name) =>
      this.answer('namespaces.select', [name], () => {
        this.status = { ...this.status, namespace: name };
        return this.status;
      }),
  };

  readonly connection: QuaysideApi['connection'] = {
    status: () => this.answer('connection.status', [], () => this.status),
  };

  readonly events: QuaysideApi['events'] = {
    subscribe: (listener) => {
      this.listeners.add(listener);
      return () => {
        this.listeners.delete(listener);
      };
    },
  };

  /** Pushes `event` to every subscriber. */
  emit(event: ChangeEvent): void {
    for (const listener of this.listeners) {
      listener(event);
    }
  }

  /** Returns the recorded calls of `channel`. */
  callsOf(channel: Channel): readonly RecordedCall[] {
    return this.calls.filter((call) => call.channel === channel);
  }

  private answer<T>(channel: Channel, args: readonly unknown[], value: () => T): Promise<T> {
    this.calls.push({ channel, args });
    const failure = this.failures.get(channel);
    return failure === undefined ? Promise.resolve(value()) : Promise.reject(failure);
  }
}

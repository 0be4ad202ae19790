// An in-memory containerd namespace for unit tests of the engine, the command and the IPC layer.
// It keeps records, content and containers, records every call, and can fail the N-th change or
// apply a change of its own right after a read, to stand in for another client acting meanwhile.

import type { ContainerInfo, ImageContent, ImageRecord, Inventory } from '../containerd/model.js';
import type { ContainerdNamespace, NamespaceEvent, RecordSpec } from '../containerd/namespace.js';
import { compareByName } from '../deletion/records.js';
import { QuaysideError } from '../errors.js';
import type { ImageFixture } from './builders.js';

export interface FakeNamespaceOptions {
  readonly images?: readonly ImageFixture[];
  readonly containers?: readonly ContainerInfo[];
  readonly namespace?: string;
}

/** An in-memory ContainerdNamespace; its state changes only through the methods below. */
export class FakeNamespace implements ContainerdNamespace {
  readonly address = 'unix:///run/quayside-test/containerd.sock';
  readonly name: string;
  /** Every call, for example `getRecord docker.io/library/bash:latest` or `deleteRecord … sync`. */
  readonly calls: string[] = [];

  private readonly records = new Map<string, ImageRecord>();
  private readonly content = new Map<string, ImageContent>();
  private readonly containers = new Map<string, ContainerInfo>();
  private readonly failures = new Map<number, Error>();
  private readonly afterRead: ((fake: FakeNamespace) => void)[] = [];
  private readonly listeners = new Set<{
    readonly onEvent: (event: NamespaceEvent) => void;
    readonly onError: (error: Error) => void;
  }>();
  private changes = 0;
  private reads = 0;

  constructor(options: FakeNamespaceOptions = {}) {
    this.name = options.namespace ?? 'default';
    for (const fixture of options.images ?? []) {
      this.addImage(fixture);
    }
    for (const container of options.containers ?? []) {
      this.putContainer(container);
    }
  }

  /** Makes the `step`-th change (create, update or delete, counted from 1) throw `error`. */
  failChange(
    step: number,
    error: Error = new QuaysideError('unavailable', 'connection lost'),
  ): void {
    this.failures.set(step, error);
  }

  /** Runs `change` once, right after the next readInventory or readContainers returns. */
  onNextRead(change: (fake: FakeNamespace) => void): void {
    this.afterRead.push(change);
  }

  /** Adds an image's content and records directly, as another client would. */
  addImage(fixture: ImageFixture): void {
    this.content.set(fixture.content.id, fixture.content);
    for (const record of fixture.records) {
      this.records.set(record.name, record);
    }
  }

  /** Adds or replaces a record directly. */
  putRecord(record: ImageRecord): void {
    this.records.set(record.name, record);
  }

  /** Removes a record directly. */
  removeRecord(name: string): void {
    this.records.delete(name);
  }

  /** Adds or replaces a container directly, for example to start it. */
  putContainer(container: ContainerInfo): void {
    this.containers.set(container.id, container);
  }

  /** Removes a container directly. */
  removeContainer(id: string): void {
    this.containers.delete(id);
  }

  /** Returns the record names, in name order. */
  recordNames(): readonly string[] {
    return [...this.records.keys()].sort();
  }

  /** Returns the calls that changed records, for example `createRecord moby-dangling@sha256:…`. */
  changeCalls(): readonly string[] {
    return this.calls.filter((call) => /^(create|update|delete)Record /.test(call));
  }

  async readInventory(): Promise<Inventory> {
    this.calls.push('readInventory');
    const records = [...this.records.values()].sort(compareByName);
    const content = new Map<string, ImageContent>();
    for (const record of records) {
      const entry = this.content.get(record.target.digest);
      if (entry !== undefined) {
        content.set(entry.id, entry);
      }
    }
    const inventory: Inventory = {
      address: this.address,
      namespace: this.name,
      records,
      content,
      containers: [...this.containers.values()],
      readAt: new Date(Date.UTC(2026, 0, 1, 12, 0, this.reads)).toISOString(),
    };
    this.reads += 1;
    this.runAfterRead();
    return Promise.resolve(inventory);
  }

  async readContainers(): Promise<readonly ContainerInfo[]> {
    this.calls.push('readContainers');
    const containers = [...this.containers.values()];
    this.runAfterRead();
    return Promise.resolve(containers);
  }

  async getRecord(name: string): Promise<ImageRecord | null> {
    this.calls.push(`getRecord ${name}`);
    return Promise.resolve(this.records.get(name) ?? null);
  }

  async createRecord(spec: RecordSpec): Promise<ImageRecord> {
    this.change(`createRecord ${spec.name}`);
    if (this.records.has(spec.name)) {
      throw new QuaysideError('conflict', `image "${spec.name}": already exists`);
    }
    const record = this.toRecord(spec);
    this.records.set(spec.name, record);
    this.emit('/images/create', spec.name);
    return Promise.resolve(record);
  }

  async updateRecord(spec: RecordSpec): Promise<ImageRecord> {
    this.change(`updateRecord ${spec.name}`);
    if (!this.records.has(spec.name)) {
      throw new QuaysideError('not-found', `image "${spec.name}": not found`);
    }
    const record = this.toRecord(spec);
    this.records.set(spec.name, record);
    this.emit('/images/update', spec.name);
    return Promise.resolve(record);
  }

  async deleteRecord(name: string, options: { readonly sync: boolean }): Promise<void> {
    this.change(`deleteRecord ${name}${options.sync ? ' sync' : ''}`);
    if (!this.records.delete(name)) {
      throw new QuaysideError('not-found', `image "${name}": not found`);
    }
    this.emit('/images/delete', name);
    return Promise.resolve();
  }

  subscribe(onEvent: (event: NamespaceEvent) => void, onError: (error: Error) => void): () => void {
    const listener = { onEvent, onError };
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** Ends every subscription's stream with `error`, as a lost connection does. */
  failSubscriptions(error: Error = new QuaysideError('unavailable', 'event stream closed')): void {
    for (const listener of [...this.listeners]) {
      this.listeners.delete(listener);
      listener.onError(error);
    }
  }

  private change(call: string): void {
    this.calls.push(call);
    this.changes += 1;
    const failure = this.failures.get(this.changes);
    if (failure !== undefined) {
      throw failure;
    }
  }

  private runAfterRead(): void {
    for (const change of this.afterRead.splice(0)) {
      change(this);
    }
  }

  private toRecord(spec: RecordSpec): ImageRecord {
    return {
      name: spec.name,
      target: spec.target,
      labels: spec.labels,
      createdAt: '2026-01-01T12:00:00.000Z',
      updatedAt: '2026-01-01T12:00:00.000Z',
    };
  }

  private emit(topic: string, subject: string): void {
    const event = { topic, namespace: this.name, subject, at: '2026-01-01T12:00:00.000Z' };
    for (const listener of this.listeners) {
      listener.onEvent(event);
    }
  }
}

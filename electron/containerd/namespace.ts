// What the engine, the command and the window need of one containerd namespace. The gRPC client
// implements it on a real containerd; unit tests use the in-memory fake in `electron/testing/`.

import type { ContainerInfo, Descriptor, ImageRecord, Inventory } from './model.js';

/** A record to create or to re-point. */
export interface RecordSpec {
  readonly name: string;
  readonly target: Descriptor;
  readonly labels: Readonly<Record<string, string>>;
}

/** A change event of the namespace, decoded from containerd's envelope. */
export interface NamespaceEvent {
  /** For example `/images/delete` or `/tasks/exit`. */
  readonly topic: string;
  readonly namespace: string;
  /** The image name, container ID or task's container ID the event is about, or null. */
  readonly subject: string | null;
  readonly at: string;
}

/** The operations on one namespace. Every method throws QuaysideError. */
export interface ContainerdNamespace {
  readonly address: string;
  readonly name: string;

  /** Reads all records, their content, containers and tasks in one pass. */
  readInventory(): Promise<Inventory>;

  /** Reads containers, their tasks and snapshot parents, without content. */
  readContainers(): Promise<readonly ContainerInfo[]>;

  /** Reads one record by exact name (a direct lookup, not a list); null when absent. */
  getRecord(name: string): Promise<ImageRecord | null>;

  /** Creates a record; a `conflict` QuaysideError when the name exists. */
  createRecord(spec: RecordSpec): Promise<ImageRecord>;

  /** Points an existing record at another target, with these labels. */
  updateRecord(spec: RecordSpec): Promise<ImageRecord>;

  /** Deletes a record; `sync` returns only after garbage collection freed its content. */
  deleteRecord(name: string, options: { readonly sync: boolean }): Promise<void>;

  /**
   * Calls `onEvent` for image, container and task changes of this namespace until the returned
   * function is called. `onError` gets a failure of the stream; the caller decides to resubscribe.
   */
  subscribe(onEvent: (event: NamespaceEvent) => void, onError: (error: Error) => void): () => void;
}

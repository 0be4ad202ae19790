// The data of a removal: what the user asked for, what the engine decided, what happened.
// Planning is a pure function from an Inventory and a RemovalRequest to a RemovalPlan. Carrying
// the plan out is a separate step, which produces a RemovalResult.

import type { Descriptor, TaskStatus } from '../containerd/model.js';
import type { ErrorKind } from '../errors.js';

/** What the user typed, with the two switches of `docker rmi`. */
export interface RemovalRequest {
  /** Names, IDs or ID prefixes, handled one at a time in this order. */
  readonly inputs: readonly string[];
  readonly force: boolean;
  /** Delete dangling parents of a deleted image (on unless `--no-prune`). */
  readonly prune: boolean;
}

/** One output line: `Untagged: <familiar name>` or `Deleted: sha256:<ID>`. */
export type ResultLine =
  | { readonly kind: 'untagged'; readonly value: string }
  | { readonly kind: 'deleted'; readonly value: string };

/** One change to containerd's records, in the order the executor carries them out. */
export type Action =
  | {
      /** Create `moby-dangling@<ID>` so the content stays for the containers that use it. */
      readonly kind: 'create-dangling';
      readonly name: string;
      readonly target: Descriptor;
      readonly labels: Readonly<Record<string, string>>;
    }
  | {
      /** Delete one record; `sync` waits for garbage collection (the last record of an image). */
      readonly kind: 'delete-record';
      readonly name: string;
      /** The target digest the record had when planned; a different one stops the executor. */
      readonly expectedDigest: string;
      readonly sync: boolean;
    };

/** A container named in a conflict or an in-use badge. */
export interface ContainerRef {
  readonly id: string;
  readonly status: TaskStatus;
  readonly running: boolean;
  /** The container's `image` field. */
  readonly image: string;
}

/** The reason a removal was rejected. A `hard` conflict cannot be forced. */
export interface Conflict {
  readonly severity: 'hard' | 'soft';
  readonly reason:
    'running-container' | 'stopped-container' | 'multiple-references' | 'container-uses-reference';
  /** The exact engine message, as `docker rmi` prints it after `Error: `. */
  readonly message: string;
  readonly imageId: string;
  /** The containers behind the conflict, if any. */
  readonly containers: readonly ContainerRef[];
  /** The other familiar names of the image, for `multiple-references`. */
  readonly references: readonly string[];
}

/** A record as the plan saw it: its name and the digest it pointed at. */
export interface RecordState {
  readonly name: string;
  readonly digest: string;
}

/**
 * The facts a planned input relied on besides the records its actions touch, so that the executor
 * can tell that the namespace changed since the plan was made.
 */
export interface ExecutionGuard {
  /**
   * Records the decision counted on, for example the other names of an image untagged. The
   * decision holds while one of them is unchanged.
   */
  readonly keptRecords: readonly RecordState[];
  /** Chain IDs of the images the input deletes; empty when it only removes names. */
  readonly deletedChainIds: readonly string[];
  /** Containers whose snapshot or `image` field points at those images, as the plan saw them. */
  readonly containers: readonly ContainerRef[];
}

/** What the engine decided for one input. */
export type InputPlan =
  | {
      readonly kind: 'planned';
      readonly input: string;
      readonly mode: 'reference' | 'id';
      readonly imageId: string;
      readonly actions: readonly Action[];
      /** The lines the command prints when the actions succeed. */
      readonly lines: readonly ResultLine[];
      /** Familiar names that are untagged. */
      readonly untagged: readonly string[];
      /** Image IDs deleted, the resolved image first (empty when only names go). */
      readonly deleted: readonly string[];
      /** Parent image IDs pruned, nearest first (a subset of `deleted`). */
      readonly pruned: readonly string[];
      /** The dangling record kept for containers, if any. */
      readonly keptDangling: string | null;
      /** Bytes of content no remaining record reaches after this input. */
      readonly freedBytes: number;
      /** Whether this input needs force: without it the engine would have reported a conflict. */
      readonly forced: boolean;
      /** The facts the decision relied on, checked again just before the actions run. */
      readonly guard?: ExecutionGuard;
    }
  | { readonly kind: 'conflict'; readonly input: string; readonly conflict: Conflict }
  | {
      readonly kind: 'failed';
      readonly input: string;
      readonly error: { readonly kind: ErrorKind; readonly message: string };
    };

/** The engine's decision for a whole request, from one read of the namespace. */
export interface RemovalPlan {
  readonly request: RemovalRequest;
  readonly namespace: string;
  /** `readAt` of the inventory the plan was made from. */
  readonly basedOn: string;
  readonly inputs: readonly InputPlan[];
  /** Bytes the content store frees when every planned input succeeds. */
  readonly freedBytes: number;
  /** A digest of the decisions, to check that what runs is what the user confirmed. */
  readonly fingerprint: string;
}

/** What happened to one input when the plan ran. */
export type InputResult =
  | {
      readonly kind: 'done';
      readonly input: string;
      readonly lines: readonly ResultLine[];
      readonly freedBytes: number;
    }
  | {
      readonly kind: 'failed';
      readonly input: string;
      readonly error: { readonly kind: ErrorKind; readonly message: string };
      /** Lines for the changes already made before the failure; empty when nothing changed. */
      readonly lines: readonly ResultLine[];
    };

/** The outcome of a whole request. */
export interface RemovalResult {
  readonly inputs: readonly InputResult[];
  readonly freedBytes: number;
  /** Exit status of `quayside rmi` for this result: 0, or 1 when an input failed. */
  readonly exitStatus: 0 | 1;
}

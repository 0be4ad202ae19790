// The namespace as plain, immutable data, read from containerd in one pass.
// The containerd client produces it, the deletion engine decides on it, the window shows it.

/** A content descriptor, as containerd stores it on a record. */
export interface Descriptor {
  readonly mediaType: string;
  readonly digest: string;
  readonly size: number;
  readonly annotations: Readonly<Record<string, string>>;
}

/** One containerd image: a name and the descriptor it points at. */
export interface ImageRecord {
  readonly name: string;
  readonly target: Descriptor;
  readonly labels: Readonly<Record<string, string>>;
  /** ISO 8601, or null when containerd sent no time. */
  readonly createdAt: string | null;
  readonly updatedAt: string | null;
}

/** A blob of the content store that an image reaches and that is present there. */
export interface Blob {
  readonly digest: string;
  readonly size: number;
}

/**
 * What the content store holds for one image ID (a record's target digest), for this host's
 * platform. Several records with the same target share one entry.
 */
export interface ImageContent {
  /** The image ID: the target digest of the records, `sha256:` + 64 hex. */
  readonly id: string;
  readonly mediaType: string;
  /** The platform manifest chosen for this host, or null when none is present. */
  readonly manifestDigest: string | null;
  readonly configDigest: string | null;
  /** Platform of the chosen manifest, as `os/architecture[/variant]`. */
  readonly platform: string | null;
  /** `rootfs.diff_ids` of the config, in order; empty when the config is missing. */
  readonly diffIds: readonly string[];
  /** Chain ID of all `diffIds`, or null when there are none. */
  readonly chainId: string | null;
  /** `created` of the config, ISO 8601, or null. */
  readonly created: string | null;
  /** Compressed size of this platform, as `ctr images ls` counts it: index, manifest, config, layers. */
  readonly size: number;
  /**
   * Every blob reachable from the target (all present platforms), used to work out what a delete
   * frees. Missing blobs are left out.
   */
  readonly blobs: readonly Blob[];
  /** A problem reading the content, for example a missing manifest; null when all went well. */
  readonly problem: string | null;
}

/** State of a container's task, or `NONE` when it has no task. */
export type TaskStatus =
  'NONE' | 'UNKNOWN' | 'CREATED' | 'RUNNING' | 'STOPPED' | 'PAUSED' | 'PAUSING';

/** One containerd container with what decides which image it uses. */
export interface ContainerInfo {
  readonly id: string;
  /** The `image` field: the image name it was created from; may be empty or name a gone record. */
  readonly image: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly snapshotter: string;
  readonly snapshotKey: string;
  /** The parent of the rootfs snapshot (the image's chain ID), or null when there is none. */
  readonly snapshotParent: string | null;
  readonly status: TaskStatus;
  readonly pid: number | null;
  readonly exitStatus: number | null;
  readonly createdAt: string | null;
}

/** The whole namespace, read once per request. */
export interface Inventory {
  readonly address: string;
  readonly namespace: string;
  /** Records in name order. */
  readonly records: readonly ImageRecord[];
  /** Content by image ID, one entry per distinct target digest of `records`. */
  readonly content: ReadonlyMap<string, ImageContent>;
  readonly containers: readonly ContainerInfo[];
  /** When the read finished, ISO 8601. */
  readonly readAt: string;
}

/** Returns whether a task status counts as running for the deletion rules. */
export function isRunning(status: TaskStatus): boolean {
  return status === 'RUNNING' || status === 'PAUSED' || status === 'PAUSING';
}

// The one contract between the main process and the renderer: channel names, argument schemas,
// result types and the envelope that carries errors as data. The Electron preload and the browser
// shell's WebSocket both carry exactly these calls; the renderer imports only types from here.

import { z } from 'zod';

import type { TaskStatus } from '../containerd/model.js';
import type { RemovalPlan, RemovalResult, ContainerRef } from '../deletion/types.js';
import type { ErrorKind } from '../errors.js';

export type {
  Action,
  Conflict,
  ContainerRef,
  InputPlan,
  InputResult,
  RemovalPlan,
  RemovalRequest,
  RemovalResult,
  ResultLine,
} from '../deletion/types.js';
export type { ErrorKind } from '../errors.js';
export type { TaskStatus } from '../containerd/model.js';

/** One row of the images table: one record, or one dangling image. */
export interface ImageRow {
  /** Unique within a listing: the record name. */
  readonly key: string;
  /** The full record name, for example `docker.io/library/bash:latest`. */
  readonly name: string;
  /** The familiar name, for example `bash:latest`; null for a dangling record. */
  readonly familiar: string | null;
  /** `<none>` for a dangling record. */
  readonly repository: string;
  /** `<none>` for a dangling record or a `repo@digest` record. */
  readonly tag: string;
  /** The digest of a `repo@digest` record, else null. */
  readonly digest: string | null;
  /** The image ID, `sha256:` + 64 hex. */
  readonly imageId: string;
  /** The first 12 hex digits of the image ID. */
  readonly shortId: string;
  /** When the image was built (config `created`), ISO 8601, or null. */
  readonly created: string | null;
  /** Compressed size of this host's platform, in bytes. */
  readonly size: number;
  readonly dangling: boolean;
  /** A dangling record that is a parent of another image; `quayside images` shows it with `-a`. */
  readonly intermediate: boolean;
  /** Containers that use the image, running ones first. */
  readonly containers: readonly ContainerRef[];
  /** A problem reading the image's content, or null. */
  readonly problem: string | null;
}

export interface ImageListing {
  readonly address: string;
  readonly namespace: string;
  readonly readAt: string;
  readonly rows: readonly ImageRow[];
}

/** One row of the containers table. */
export interface ContainerRow {
  readonly id: string;
  /** A human name from the `nerdctl/name` label, or null. */
  readonly name: string | null;
  /** The container's `image` field. */
  readonly image: string;
  /** The image it uses by the deletion rules, or null when none. */
  readonly imageId: string | null;
  readonly status: TaskStatus;
  readonly running: boolean;
  readonly created: string | null;
}

export interface ContainerListing {
  readonly address: string;
  readonly namespace: string;
  readonly readAt: string;
  readonly rows: readonly ContainerRow[];
}

/** The result of `images.tag`: the new name, and the name it replaced if any. */
export interface TagResult {
  readonly source: string;
  readonly target: string;
  readonly imageId: string;
  /** Set when TARGET existed and pointed at another image. */
  readonly replacedImageId: string | null;
  /** Set when the replaced image lost its last name and was kept as a dangling record. */
  readonly keptDangling: string | null;
}

/** Whether containerd can be reached, and what to do when it cannot. */
export interface ConnectionStatus {
  readonly address: string;
  readonly namespace: string;
  readonly state: 'connected' | 'disconnected';
  /** containerd's version when connected. */
  readonly version: string | null;
  /** The reason it is disconnected, with a message that names the fix. */
  readonly error: { readonly kind: ErrorKind; readonly message: string } | null;
}

/** A change in the namespace that the tables follow. */
export interface ChangeEvent {
  readonly topic: string;
  readonly namespace: string;
  /** The record name, container ID or task's container the event is about, or null. */
  readonly subject: string | null;
  readonly at: string;
}

const imageInput = z.string().max(512, 'an image name is at most 512 characters');
const removalRequestSchema = z.strictObject({
  inputs: z.array(imageInput).min(1, 'name at least one image').max(256),
  force: z.boolean(),
  prune: z.boolean(),
});
const removeRequestSchema = z.strictObject({
  inputs: removalRequestSchema.shape.inputs,
  force: z.boolean(),
  prune: z.boolean(),
  /** The fingerprint of the plan the user confirmed; the removal stops if the plan changed. */
  confirmed: z.string().regex(/^[0-9a-f]{64}$/, 'confirmed must be a plan fingerprint'),
});

/** What `images.remove` takes: a request and the fingerprint of the plan the user confirmed. */
export type RemoveRequest = z.infer<typeof removeRequestSchema>;

const namespaceName = z
  .string()
  .max(76, 'a namespace name is at most 76 characters')
  .regex(/^[A-Za-z0-9]+([._-][A-Za-z0-9]+)*$/, 'not a valid containerd namespace name');

/** Every call, with its argument schema. The result types are in `Results`. */
export const argumentSchemas = {
  'images.list': z.tuple([]),
  'images.plan': z.tuple([removalRequestSchema]),
  'images.remove': z.tuple([removeRequestSchema]),
  'images.tag': z.tuple([imageInput, imageInput]),
  'containers.list': z.tuple([]),
  'namespaces.list': z.tuple([]),
  'namespaces.select': z.tuple([namespaceName]),
  'connection.status': z.tuple([]),
} as const;

/** The name of one call. */
export type Channel = keyof typeof argumentSchemas;

/** The arguments of each call, as the schemas accept them. */
export type Arguments = { [C in Channel]: z.infer<(typeof argumentSchemas)[C]> };

/** The result of each call. */
export interface Results {
  'images.list': ImageListing;
  'images.plan': RemovalPlan;
  'images.remove': RemovalResult;
  'images.tag': TagResult;
  'containers.list': ContainerListing;
  'namespaces.list': readonly string[];
  'namespaces.select': ConnectionStatus;
  'connection.status': ConnectionStatus;
}

/** The channels' names, for checking a name that came from outside. */
export const channels = Object.keys(argumentSchemas) as readonly Channel[];

/** The channel on which the main process pushes ChangeEvents. */
export const eventChannel = 'events.changed';

/** How every result crosses: a value, or an error as data. */
export type Envelope<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: { readonly kind: ErrorKind; readonly message: string } };

/** The API the renderer calls, the same over the Electron preload and the browser shell. */
export interface QuaysideApi {
  readonly images: {
    list(): Promise<ImageListing>;
    plan(request: Arguments['images.plan'][0]): Promise<RemovalPlan>;
    remove(request: RemoveRequest): Promise<RemovalResult>;
    tag(source: string, target: string): Promise<TagResult>;
  };
  readonly containers: {
    list(): Promise<ContainerListing>;
  };
  readonly namespaces: {
    list(): Promise<readonly string[]>;
    select(name: string): Promise<ConnectionStatus>;
  };
  readonly connection: {
    status(): Promise<ConnectionStatus>;
  };
  readonly events: {
    /** Calls `listener` on every change in the current namespace; returns the unsubscribe. */
    subscribe(listener: (event: ChangeEvent) => void): () => void;
  };
}

/**
 * The browser shell's WebSocket protocol. The page opens `/ws?token=<token>` on the server that
 * served it and sends BridgeRequests. The server replies to each with a BridgeReply of the same
 * `id` and pushes BridgeEvents for the connection's namespace.
 */
export interface BridgeRequest {
  readonly id: number;
  readonly channel: string;
  readonly args: readonly unknown[];
}

export type BridgeMessage =
  | { readonly type: 'reply'; readonly id: number; readonly envelope: Envelope<unknown> }
  | { readonly type: 'event'; readonly event: ChangeEvent };

/** The query parameter that carries the browser shell's token, in the page URL and on `/ws`. */
export const tokenParameter = 'token';

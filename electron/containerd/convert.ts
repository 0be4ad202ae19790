// Conversions between the generated wire types and the plain model of model.ts.

import type { Descriptor as WireDescriptor } from './generated/containerd/types/Descriptor.js';
import type { Descriptor__Output } from './generated/containerd/types/Descriptor.js';
import type { Image__Output } from './generated/containerd/services/images/v1/Image.js';
import type { Timestamp__Output } from './generated/google/protobuf/Timestamp.js';
import type { Descriptor, ImageRecord } from './model.js';

/** Returns a Timestamp as ISO 8601, or null when absent or Go's zero time (year 1). */
export function isoTime(timestamp: Timestamp__Output | null | undefined): string | null {
  if (timestamp === null || timestamp === undefined) {
    return null;
  }
  const seconds = Number(timestamp.seconds);
  if (seconds <= 0) {
    return null;
  }
  return new Date(seconds * 1000 + Math.floor(timestamp.nanos / 1e6)).toISOString();
}

/** Returns a wire descriptor as the model's descriptor. */
export function fromWireDescriptor(descriptor: Descriptor__Output | null): Descriptor {
  return {
    mediaType: descriptor?.media_type ?? '',
    digest: descriptor?.digest ?? '',
    size: Number(descriptor?.size ?? 0),
    annotations: { ...(descriptor?.annotations ?? {}) },
  };
}

/** Returns the model's descriptor in wire form. */
export function toWireDescriptor(descriptor: Descriptor): WireDescriptor {
  return {
    media_type: descriptor.mediaType,
    digest: descriptor.digest,
    size: String(descriptor.size),
    annotations: { ...descriptor.annotations },
  };
}

/** Returns a wire image as an ImageRecord. */
export function fromWireImage(image: Image__Output): ImageRecord {
  return {
    name: image.name,
    target: fromWireDescriptor(image.target),
    labels: { ...image.labels },
    createdAt: isoTime(image.created_at),
    updatedAt: isoTime(image.updated_at),
  };
}

/** Compares strings by UTF-16 code units, the order records are listed in. */
export function compareCodeUnits(left: string, right: string): number {
  if (left < right) {
    return -1;
  }
  return left > right ? 1 : 0;
}

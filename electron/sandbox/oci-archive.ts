// Writes built images as one OCI image-layout archive, the format `ctr images import` reads.

import { writeFileSync } from 'node:fs';

import type { BuiltBlob, BuiltImage } from './image-builder.js';
import { type TarEntry, writeTar } from './tar.js';

/** Annotation ctr import reads the full record name from. */
const imageNameAnnotation = 'io.containerd.image.name';
const refNameAnnotation = 'org.opencontainers.image.ref.name';

function tagOf(name: string): string {
  const tail = name.slice(name.lastIndexOf('/') + 1);
  const colon = tail.lastIndexOf(':');
  return colon === -1 ? 'latest' : tail.slice(colon + 1);
}

/** Returns the OCI archive of `images`; index.json names each target with its record name. */
export function ociArchive(images: readonly BuiltImage[]): Buffer {
  const blobs = new Map<string, BuiltBlob>();
  for (const image of images) {
    for (const [digest, blob] of image.blobs) {
      blobs.set(digest, blob);
    }
  }
  const index = {
    schemaVersion: 2,
    manifests: images.map((image) => ({
      mediaType: image.target.mediaType,
      digest: image.target.digest,
      size: image.target.size,
      annotations: { [imageNameAnnotation]: image.name, [refNameAnnotation]: tagOf(image.name) },
    })),
  };
  const entries: TarEntry[] = [
    { kind: 'file', path: 'oci-layout', data: Buffer.from('{"imageLayoutVersion":"1.0.0"}') },
    { kind: 'file', path: 'index.json', data: Buffer.from(JSON.stringify(index)) },
    { kind: 'directory', path: 'blobs' },
    { kind: 'directory', path: 'blobs/sha256' },
    ...[...blobs.values()].map((blob): TarEntry => ({
      kind: 'file',
      path: `blobs/sha256/${blob.digest.slice('sha256:'.length)}`,
      data: blob.data,
    })),
  ];
  return writeTar(entries);
}

/** Writes the OCI archive of `images` to `path`. */
export function writeOciArchive(path: string, images: readonly BuiltImage[]): void {
  writeFileSync(path, ociArchive(images));
}

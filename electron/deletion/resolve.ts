// Turns one input of `rmi` or `tag` into an image: an ID, an ID prefix or a reference, resolved
// against the records of one inventory, as Docker resolves it on the containerd image store.

import type { ImageRecord, Inventory } from '../containerd/model.js';
import { QuaysideError, type ErrorKind } from '../errors.js';
import {
  familiarString,
  parseReference,
  referenceString,
  repositoryName,
  withDefaultTag,
  type Reference,
} from './reference.js';
import { findRecord, imageIdsOf, isDangling, namedRecordsOf } from './records.js';

/** The image an input names, and whether it names it by ID or by reference. */
export type Resolution =
  | { readonly kind: 'id'; readonly imageId: string }
  | {
      readonly kind: 'reference';
      readonly imageId: string;
      /** The normalised input, with `latest` added when it had neither tag nor digest. */
      readonly reference: Reference;
      /** The records the input names, the exact match first: one for a tag, all of the repository for a digest. */
      readonly records: readonly ImageRecord[];
      /** The familiar name for messages, for example `bash:latest`. */
      readonly displayName: string;
    }
  | {
      readonly kind: 'failed';
      readonly error: { readonly kind: ErrorKind; readonly message: string };
    };

const idCandidate = /^(sha256:)?([0-9a-f]{4,64})$/;

function failed(kind: ErrorKind, message: string): Resolution {
  return { kind: 'failed', error: { kind, message } };
}

/** Reports whether the input is a prefix of the image ID, with or without `sha256:`. */
export function isIdPrefix(input: string, imageId: string): boolean {
  const hex = imageId.slice(imageId.indexOf(':') + 1);
  return imageId.startsWith(input) || hex.startsWith(input);
}

/** Formats the name Docker reports as missing: the familiar form with `latest` added. */
function missingName(input: string): string {
  try {
    return familiarString(withDefaultTag(parseReference(input)));
  } catch {
    return `${input}:latest`;
  }
}

function resolveIdCandidate(inventory: Inventory, input: string, hex: string): Resolution {
  const ids = imageIdsOf(inventory);
  if (hex.length === 64) {
    const imageId = `sha256:${hex}`;
    return ids.includes(imageId)
      ? { kind: 'id', imageId }
      : failed('not-found', `No such image: ${imageId}`);
  }

  const matches = new Set(ids.filter((id) => id.startsWith(`sha256:${hex}`)));
  let tagged: ImageRecord | null = null;
  try {
    tagged = findRecord(inventory, referenceString(withDefaultTag(parseReference(input))));
  } catch {
    tagged = null;
  }
  if (tagged !== null) {
    matches.add(tagged.target.digest);
  }

  const [only, ...others] = [...matches];
  if (only === undefined) {
    return failed('not-found', `No such image: ${missingName(input)}`);
  }
  if (others.length > 0) {
    return failed('not-found', 'ambiguous reference');
  }
  if (isIdPrefix(input, only) || tagged === null) {
    return { kind: 'id', imageId: only };
  }
  return referenceResolution(input, withDefaultTag(parseReference(input)), [tagged]);
}

function referenceResolution(
  input: string,
  reference: Reference,
  records: readonly [ImageRecord, ...ImageRecord[]],
): Resolution {
  const imageId = records[0].target.digest;
  if (isIdPrefix(input, imageId)) {
    return { kind: 'id', imageId };
  }
  return { kind: 'reference', imageId, reference, records, displayName: familiarString(reference) };
}

/** `repo@digest` names the records of that repository that point at the digest, and no others. */
function resolveDigestReference(
  inventory: Inventory,
  input: string,
  reference: Reference,
  digest: string,
): Resolution {
  const repository = repositoryName(reference);
  const exactName = referenceString(reference);
  const sameRepository = inventory.records.filter((record) => {
    if (record.target.digest !== digest || isDangling(record)) {
      return false;
    }
    try {
      return repositoryName(parseReference(record.name)) === repository;
    } catch {
      return false;
    }
  });
  const exact = sameRepository.filter((record) => record.name === exactName);
  const rest = sameRepository.filter((record) => record.name !== exactName);
  const [first, ...others] = [...exact, ...rest];
  if (first === undefined) {
    return failed('not-found', `No such image: ${familiarString(reference)}`);
  }
  return referenceResolution(input, reference, [first, ...others]);
}

/**
 * Resolves the name of a dangling record. When it is the image's only kind of record, Docker 26
 * treats the name as the image's ID. Next to named records it names just that leftover record.
 */
function resolveDanglingName(inventory: Inventory, dangling: ImageRecord): Resolution {
  const imageId = dangling.target.digest;
  if (namedRecordsOf(inventory, imageId).length === 0) {
    return { kind: 'id', imageId };
  }
  const reference = parseReference(dangling.name);
  return {
    kind: 'reference',
    imageId,
    reference,
    records: [dangling],
    displayName: familiarString(reference),
  };
}

/** Resolves one input against the records of an inventory; errors come back as a `failed` resolution. */
export function resolveInput(inventory: Inventory, input: string): Resolution {
  if (input.trim() === '') {
    return failed('invalid-argument', 'image name cannot be blank');
  }
  const dangling = findRecord(inventory, input);
  if (dangling !== null && isDangling(dangling)) {
    return resolveDanglingName(inventory, dangling);
  }
  const candidate = idCandidate.exec(input);
  if (candidate !== null) {
    return resolveIdCandidate(inventory, input, candidate[2] ?? '');
  }

  let reference: Reference;
  try {
    reference = withDefaultTag(parseReference(input));
  } catch (error) {
    const message = error instanceof QuaysideError ? error.message : 'invalid reference format';
    return failed('invalid-argument', message);
  }
  if (reference.digest !== null) {
    return resolveDigestReference(inventory, input, reference, reference.digest);
  }
  const record = findRecord(inventory, referenceString(reference));
  if (record === null) {
    return failed('not-found', `No such image: ${familiarString(reference)}`);
  }
  return referenceResolution(input, reference, [record]);
}

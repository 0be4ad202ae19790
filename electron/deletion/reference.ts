// Docker image references: the grammar of distribution/reference, the normalisation Docker applies
// to what a user types, and the short forms Docker prints. Messages match Docker's byte for byte,
// because scripts written for `docker rmi` read them.

import { QuaysideError } from '../errors.js';

/** A normalised reference: `domain/path[:tag][@digest]`. */
export interface Reference {
  /** The registry, for example `docker.io` or `localhost:5000`. */
  readonly domain: string;
  /** The repository path inside the registry, for example `library/bash`. */
  readonly path: string;
  readonly tag: string | null;
  readonly digest: string | null;
}

const defaultDomain = 'docker.io';
const legacyDefaultDomain = 'index.docker.io';
const officialRepositoryPrefix = 'library/';
const defaultTag = 'latest';
const maxNameLength = 255;

const alphanumeric = '[a-z0-9]+';
const separator = '(?:[._]|__|[-]+)';
const pathComponent = `${alphanumeric}(?:${separator}${alphanumeric})*`;
const domainComponent = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const domainName = `${domainComponent}(?:\\.${domainComponent})*`;
const ipv6Address = '\\[(?:[a-fA-F0-9:]+)\\]';
const domainAndPort = `(?:${domainName}|${ipv6Address})(?::[0-9]+)?`;
const remoteName = `${pathComponent}(?:/${pathComponent})*`;
const namePattern = `(?:${domainAndPort}/)?${remoteName}`;
const tagPattern = '[\\w][\\w.-]{0,127}';
const digestPattern = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}';

const referenceRegExp = new RegExp(
  `^(${namePattern})(?::(${tagPattern}))?(?:@(${digestPattern}))?$`,
);
const fullHexRegExp = /^[a-f0-9]{64}$/;

/** Hex length of each digest algorithm Docker accepts. */
const digestHexLength: Readonly<Record<string, number>> = { sha256: 64, sha384: 96, sha512: 128 };

function invalid(message: string): QuaysideError {
  return new QuaysideError('invalid-argument', message);
}

/** Splits off the registry the way Docker does: a first component is a registry only by its shape. */
function splitDomain(name: string): { domain: string; remainder: string } {
  const slash = name.indexOf('/');
  const first = slash === -1 ? '' : name.slice(0, slash);
  const isRegistry =
    slash !== -1 && (/[.:]/.test(first) || first === 'localhost' || first.toLowerCase() !== first);
  let domain = isRegistry ? first : defaultDomain;
  let remainder = isRegistry ? name.slice(slash + 1) : name;
  if (domain === legacyDefaultDomain) {
    domain = defaultDomain;
  }
  if (domain === defaultDomain && !remainder.includes('/')) {
    remainder = officialRepositoryPrefix + remainder;
  }
  return { domain, remainder };
}

function validateDigest(digest: string): void {
  const colon = digest.indexOf(':');
  const algorithm = digest.slice(0, colon);
  const hex = digest.slice(colon + 1);
  const length = digestHexLength[algorithm];
  if (length === undefined) {
    throw invalid('unsupported digest algorithm');
  }
  if (hex.length !== length) {
    throw invalid('invalid checksum digest length');
  }
  if (!/^[a-f0-9]+$/.test(hex)) {
    throw invalid('invalid checksum digest format');
  }
}

/**
 * Parses and normalises what a user typed, as Docker's `ParseNormalizedNamed` does: `bash` becomes
 * `docker.io/library/bash`. No tag is added. Throws an `invalid-argument` QuaysideError with
 * Docker's message.
 */
export function parseReference(input: string): Reference {
  if (fullHexRegExp.test(input)) {
    throw invalid(`invalid repository name (${input}), cannot specify 64-byte hexadecimal strings`);
  }
  const { domain, remainder } = splitDomain(input);
  const colon = remainder.indexOf(':');
  const repository = colon === -1 ? remainder : remainder.slice(0, colon);
  if (repository.toLowerCase() !== repository) {
    throw invalid(`invalid reference format: repository name (${repository}) must be lowercase`);
  }

  const full = `${domain}/${remainder}`;
  const match = referenceRegExp.exec(full);
  if (match === null) {
    if (full === '') {
      throw invalid('repository name must have at least one component');
    }
    if (referenceRegExp.test(full.toLowerCase())) {
      throw invalid('repository name must be lowercase');
    }
    throw invalid('invalid reference format');
  }
  const name = match[1] ?? '';
  if (name.length > maxNameLength) {
    throw invalid(`repository name must not be more than ${maxNameLength} characters`);
  }
  const digest = match[3] ?? null;
  if (digest !== null) {
    validateDigest(digest);
  }
  return { domain, path: name.slice(domain.length + 1), tag: match[2] ?? null, digest };
}

/** Parses a stored record name; returns null for a name Docker would not accept. */
export function parseRecordName(name: string): Reference | null {
  try {
    return parseReference(name);
  } catch {
    return null;
  }
}

/** Adds the `latest` tag to a reference that has neither a tag nor a digest. */
export function withDefaultTag(reference: Reference): Reference {
  if (reference.tag !== null || reference.digest !== null) {
    return reference;
  }
  return { ...reference, tag: defaultTag };
}

/** Returns the full repository name, for example `docker.io/library/bash`. */
export function repositoryName(reference: Reference): string {
  return `${reference.domain}/${reference.path}`;
}

/** Formats the full reference, as containerd names the record: `docker.io/library/bash:latest`. */
export function referenceString(reference: Reference): string {
  const tag = reference.tag === null ? '' : `:${reference.tag}`;
  const digest = reference.digest === null ? '' : `@${reference.digest}`;
  return `${repositoryName(reference)}${tag}${digest}`;
}

/** Formats the repository as Docker shows it: `bash`, `me/app`, `localhost:5000/app`. */
export function familiarRepository(reference: Reference): string {
  if (reference.domain !== defaultDomain) {
    return repositoryName(reference);
  }
  const official = reference.path.startsWith(officialRepositoryPrefix)
    ? reference.path.slice(officialRepositoryPrefix.length)
    : null;
  return official !== null && !official.includes('/') ? official : reference.path;
}

/** Formats the short form Docker prints: `bash:latest`, `me/app:v1`, `bash@sha256:…`. */
export function familiarString(reference: Reference): string {
  const tag = reference.tag === null ? '' : `:${reference.tag}`;
  const digest = reference.digest === null ? '' : `@${reference.digest}`;
  return `${familiarRepository(reference)}${tag}${digest}`;
}

/** Formats a stored record name in familiar form; a name that does not parse comes back as is. */
export function familiarName(recordName: string): string {
  const reference = parseRecordName(recordName);
  return reference === null ? recordName : familiarString(reference);
}

/** Returns the first 12 characters after the algorithm, as Docker's TruncateID: `e0acf0b8fb59`. */
export function shortId(id: string): string {
  const colon = id.indexOf(':');
  return id.slice(colon + 1, colon + 13);
}

const danglingPrefix = 'moby-dangling@';

/** Returns the name of the record that keeps an unnamed image's content: `moby-dangling@<ID>`. */
export function danglingName(imageId: string): string {
  return danglingPrefix + imageId;
}

/** Reports whether a record name is the dangling name of the digest it points at. */
export function isDanglingName(recordName: string, targetDigest: string): boolean {
  return recordName === danglingName(targetDigest);
}

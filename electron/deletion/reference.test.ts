import { describe, expect, it } from 'vitest';

import {
  danglingName,
  familiarName,
  familiarString,
  isDanglingName,
  parseReference,
  referenceString,
  shortId,
  withDefaultTag,
} from './reference.js';

const digest = 'sha256:e0acf0b8fb59c01b6a2b66de360c86bcad5c3cd114db325155970e6bab9663a0';

describe('parseReference', () => {
  it.each([
    ['bash', 'docker.io/library/bash:latest'],
    ['bash:5.2', 'docker.io/library/bash:5.2'],
    ['me/app:v1', 'docker.io/me/app:v1'],
    ['index.docker.io/library/bash', 'docker.io/library/bash:latest'],
    ['index.docker.io/bash', 'docker.io/library/bash:latest'],
    ['docker.io/bash', 'docker.io/library/bash:latest'],
    ['localhost/app', 'localhost/app:latest'],
    ['localhost:5000/app:1', 'localhost:5000/app:1'],
    ['utest:5000/docker:tag3', 'utest:5000/docker:tag3'],
    ['quay.io/org/team/app:v2', 'quay.io/org/team/app:v2'],
    ['127.0.0.1:5000/busybox', '127.0.0.1:5000/busybox:latest'],
    ['[::1]:5000/app', '[::1]:5000/app:latest'],
    ['Registry/app', 'Registry/app:latest'],
    ['a/b/c', 'docker.io/a/b/c:latest'],
    ['my_app', 'docker.io/library/my_app:latest'],
    ['my--app', 'docker.io/library/my--app:latest'],
    [`bash@${digest}`, `docker.io/library/bash@${digest}`],
    [`bash:5@${digest}`, `docker.io/library/bash:5@${digest}`],
    ['sha256:abc', 'docker.io/library/sha256:abc'],
    ['bash:Tag_1.0-rc', 'docker.io/library/bash:Tag_1.0-rc'],
  ])('normalises %s', (input, expected) => {
    expect(referenceString(withDefaultTag(parseReference(input)))).toBe(expected);
  });

  it.each([
    ['Base', 'invalid reference format: repository name (library/Base) must be lowercase'],
    ['me/App:v1', 'invalid reference format: repository name (me/App) must be lowercase'],
    ['localhost:5000/Foo', 'invalid reference format: repository name (Foo) must be lowercase'],
    ['bash:', 'invalid reference format'],
    [':tag', 'invalid reference format'],
    ['bash::tag', 'invalid reference format'],
    ['-bash', 'invalid reference format'],
    ['bash_', 'invalid reference format'],
    ['a//b', 'invalid reference format'],
    ['bash:-x', 'invalid reference format'],
    [' bash', 'invalid reference format'],
    [`bash:${'t'.repeat(129)}`, 'invalid reference format'],
    ['bash@sha256:abc', 'invalid reference format'],
    [`bash@sha256:${'a'.repeat(40)}`, 'invalid checksum digest length'],
    [`bash@sha256:${'A'.repeat(64)}`, 'invalid checksum digest format'],
    [`bash@md5:${'a'.repeat(32)}`, 'unsupported digest algorithm'],
    ['a'.repeat(250), 'repository name must not be more than 255 characters'],
    [
      'e0acf0b8fb59c01b6a2b66de360c86bcad5c3cd114db325155970e6bab9663a0',
      'invalid repository name (e0acf0b8fb59c01b6a2b66de360c86bcad5c3cd114db325155970e6bab9663a0), ' +
        'cannot specify 64-byte hexadecimal strings',
    ],
  ])('rejects %s', (input, message) => {
    expect(() => parseReference(input)).toThrow(message);
    try {
      parseReference(input);
    } catch (error) {
      expect(error).toMatchObject({ kind: 'invalid-argument', message });
    }
  });

  it('keeps tag and digest apart', () => {
    const reference = parseReference(`localhost:5000/app:v1@${digest}`);

    expect(reference).toEqual({ domain: 'localhost:5000', path: 'app', tag: 'v1', digest });
  });

  it('adds no tag to a digest reference', () => {
    expect(withDefaultTag(parseReference(`bash@${digest}`)).tag).toBeNull();
  });
});

describe('familiarName', () => {
  it.each([
    ['docker.io/library/bash:latest', 'bash:latest'],
    ['docker.io/me/app:v1', 'me/app:v1'],
    ['docker.io/library/team/app:v1', 'library/team/app:v1'],
    ['localhost:5000/x:y', 'localhost:5000/x:y'],
    ['quay.io/library/bash:1', 'quay.io/library/bash:1'],
    [`docker.io/library/busybox@${digest}`, `busybox@${digest}`],
    ['not a reference', 'not a reference'],
  ])('%s is %s', (name, familiar) => {
    expect(familiarName(name)).toBe(familiar);
  });

  it('formats a parsed reference', () => {
    expect(familiarString(parseReference('docker.io/me/app'))).toBe('me/app');
  });
});

describe('shortId', () => {
  it.each([
    [digest, 'e0acf0b8fb59'],
    ['e0acf0b8fb59c01b6a2b66de', 'e0acf0b8fb59'],
    ['847ac95823ef2efb8839345cca85ca28f4b6cefcd32af4d37b5ebe4d16f0b624', '847ac95823ef'],
  ])('%s is %s', (id, short) => {
    expect(shortId(id)).toBe(short);
  });
});

describe('dangling names', () => {
  it('names the dangling record after the image ID', () => {
    expect(danglingName(digest)).toBe(`moby-dangling@${digest}`);
  });

  it.each([
    [`moby-dangling@${digest}`, digest, true],
    [`moby-dangling@${digest}`, 'sha256:' + 'b'.repeat(64), false],
    ['docker.io/library/bash:latest', digest, false],
  ])('%s pointing at %s is dangling: %s', (name, target, expected) => {
    expect(isDanglingName(name, target)).toBe(expected);
  });
});

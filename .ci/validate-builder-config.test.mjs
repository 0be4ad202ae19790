// Checks that the electron-builder schema check accepts the real configuration and rejects broken
// ones, so that a passing check means something. Run with: npm run test:ci-scripts

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

import { validateBuilderConfig } from './validate-builder-config.mjs';

const real = readFileSync(new URL('../electron-builder.yml', import.meta.url), 'utf8');

test('real electron-builder.yml is valid', () => {
  assert.deepEqual(validateBuilderConfig(real), []);
});

const broken = [
  {
    name: 'misspelled top-level option',
    text: 'appId: dev.quayside.app\nproduktName: Quayside\n',
    expected: /produktName/,
  },
  {
    name: 'misspelled fuse',
    text: 'electronFuses:\n  runAsNod: false\n',
    expected: /runAsNod/,
  },
  {
    name: 'fuse that is not a boolean',
    text: 'electronFuses:\n  runAsNode: sometimes\n',
    expected: /electronFuses\/runAsNode must be boolean/,
  },
  {
    name: 'unknown architecture',
    text: 'linux:\n  target:\n    - target: deb\n      arch: sideways\n',
    expected: /must be equal to one of the allowed values|must match a schema in anyOf/,
  },
  {
    name: 'YAML syntax error',
    text: 'appId: [dev.quayside.app\n',
    expected: /^invalid YAML/,
  },
  {
    name: 'list instead of mapping',
    text: '- appId\n',
    expected: /must be a YAML mapping/,
  },
];

for (const { name, text, expected } of broken) {
  test(`rejects ${name}`, () => {
    const problems = validateBuilderConfig(text);

    assert.ok(problems.length > 0, 'expected at least one problem');
    assert.ok(
      problems.some((problem) => expected.test(problem)),
      `no problem matches ${String(expected)}: ${problems.join('; ')}`,
    );
  });
}

const fuseEdits = [
  {
    name: 'runAsNode enabled',
    from: /runAsNode: false/,
    to: 'runAsNode: true',
    expected: /electronFuses\/runAsNode must be false/,
  },
  {
    name: 'onlyLoadAppFromAsar removed',
    from: /^ *onlyLoadAppFromAsar: true\n/m,
    to: '',
    expected: /electronFuses\/onlyLoadAppFromAsar must be true/,
  },
];

for (const { name, from, to, expected } of fuseEdits) {
  test(`rejects real file with ${name}`, () => {
    const edited = real.replace(from, to);
    const problems = validateBuilderConfig(edited);

    assert.notEqual(edited, real, `electron-builder.yml does not match ${String(from)}`);
    assert.ok(
      problems.some((problem) => expected.test(problem)),
      `no problem matches ${String(expected)}: ${problems.join('; ')}`,
    );
  });
}

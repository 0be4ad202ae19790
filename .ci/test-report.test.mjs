// Checks the counting behind the `N passed, N failed` line. The report shapes are cut down from
// real reports of Vitest 4.1 and Playwright 1.65 on a test file with one passing, one failing
// and one skipped test, and a test file that fails to import.

import assert from 'node:assert/strict';
import { test } from 'node:test';

import { countPlaywright, countVitest } from './test-report.mjs';

const root = '/repo';

const vitestReport = {
  testResults: [
    {
      name: '/repo/a.test.ts',
      status: 'failed',
      assertionResults: [{ status: 'passed' }, { status: 'passed' }, { status: 'failed' }],
    },
    { name: '/repo/b.test.ts', status: 'failed', assertionResults: [] },
    { name: '/repo/c.test.ts', status: 'passed', assertionResults: [{ status: 'passed' }] },
  ],
};

test('countVitest counts a file that failed to load', () => {
  const outcome = countVitest('unit', vitestReport, 1, root);

  assert.equal(outcome.passed, 3);
  assert.equal(outcome.failed, 2);
  assert.deepEqual(outcome.problems, ['unit: b.test.ts failed to run']);
});

test('countVitest counts skipped and todo tests as failed', () => {
  const report = {
    testResults: [
      {
        name: '/repo/a.test.ts',
        status: 'passed',
        assertionResults: [{ status: 'passed' }, { status: 'skipped' }, { status: 'todo' }],
      },
    ],
  };

  const outcome = countVitest('unit', report, 0, root);

  assert.equal(outcome.passed, 1);
  assert.equal(outcome.skipped, 2);
  assert.equal(outcome.failed, 2);
});

test('countVitest without a report is one failure', () => {
  const outcome = countVitest('integration', null, 1, root);

  assert.equal(outcome.passed, 0);
  assert.equal(outcome.failed, 1);
  assert.match(outcome.problems.join('\n'), /integration: Vitest wrote no report/);
});

test('countVitest fails a non-zero exit status', () => {
  const report = {
    testResults: [
      { name: '/repo/a.test.ts', status: 'passed', assertionResults: [{ status: 'passed' }] },
    ],
  };

  const outcome = countVitest('unit', report, 1, root);

  assert.equal(outcome.passed, 1);
  assert.equal(outcome.failed, 1);
  assert.match(outcome.problems.join('\n'), /exited with status 1/);
});

test('countVitest with a clean run has no problems', () => {
  const report = {
    testResults: [
      { name: '/repo/a.test.ts', status: 'passed', assertionResults: [{ status: 'passed' }] },
    ],
  };

  const outcome = countVitest('renderer', report, 0, root);

  assert.deepEqual(outcome, { suite: 'renderer', passed: 1, failed: 0, skipped: 0, problems: [] });
});

const playwrightCases = [
  {
    name: 'passed, failed and skipped',
    stats: { expected: 1, unexpected: 1, flaky: 0, skipped: 1 },
    errors: [],
    status: 1,
    expected: { passed: 1, failed: 2 },
  },
  {
    name: 'flaky tests pass',
    stats: { expected: 2, unexpected: 0, flaky: 1, skipped: 0 },
    errors: [],
    status: 0,
    expected: { passed: 3, failed: 0 },
  },
  {
    name: 'error outside tests',
    stats: { expected: 0, unexpected: 0, flaky: 0, skipped: 0 },
    errors: [{ message: 'config failed to load' }],
    status: 1,
    expected: { passed: 0, failed: 1 },
  },
];

for (const { name, stats, errors, status, expected } of playwrightCases) {
  test(`countPlaywright ${name}`, () => {
    const outcome = countPlaywright({ stats, errors }, status);

    assert.equal(outcome.passed, expected.passed);
    assert.equal(outcome.failed, expected.failed);
  });
}

test('countPlaywright without a report is one failure', () => {
  const outcome = countPlaywright(null, 1);

  assert.equal(outcome.failed, 1);
  assert.match(outcome.problems.join('\n'), /Playwright wrote no report/);
});

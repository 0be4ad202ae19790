// Turns the JSON reports of Vitest and Playwright into pass and fail counts for the summary line.
// A test file that fails to load, a runner that exits non-zero with no failed test or writes no
// report, and a skipped test each count as one failure.

import path from 'node:path';

/**
 * The counts of one suite, and the problems to print above the summary.
 * @typedef {{ suite: string, passed: number, failed: number, skipped: number, problems: string[] }} SuiteOutcome
 */

/**
 * Counts a Vitest JSON report (Jest's format): tests by status, plus files that failed to load.
 * @param {string} suite
 * @param {unknown} report
 * @param {number} status the runner's exit status
 * @param {string} root the folder that test file names are shown relative to
 * @returns {SuiteOutcome}
 */
export function countVitest(suite, report, status, root) {
  /** @type {SuiteOutcome} */
  const outcome = { suite, passed: 0, failed: 0, skipped: 0, problems: [] };
  if (report === null) {
    outcome.failed = 1;
    outcome.problems.push(`${suite}: Vitest wrote no report (exit status ${String(status)})`);
    return outcome;
  }

  const data = /** @type {VitestReport} */ (report);
  for (const file of data.testResults) {
    const failedTests = file.assertionResults.filter((test) => test.status === 'failed').length;
    outcome.failed += failedTests;
    outcome.passed += file.assertionResults.filter((test) => test.status === 'passed').length;
    outcome.skipped += file.assertionResults.filter(
      (test) => test.status !== 'passed' && test.status !== 'failed',
    ).length;
    if (file.status === 'failed' && failedTests === 0) {
      outcome.failed += 1;
      outcome.problems.push(`${suite}: ${path.relative(root, file.name)} failed to run`);
    }
  }
  return finish(outcome, status);
}

/**
 * Counts a Playwright JSON report: expected and flaky tests pass, unexpected ones fail.
 * @param {unknown} report
 * @param {number} status the runner's exit status
 * @returns {SuiteOutcome}
 */
export function countPlaywright(report, status) {
  /** @type {SuiteOutcome} */
  const outcome = { suite: 'e2e', passed: 0, failed: 0, skipped: 0, problems: [] };
  if (report === null) {
    outcome.failed = 1;
    outcome.problems.push(`e2e: Playwright wrote no report (exit status ${String(status)})`);
    return outcome;
  }

  const { stats, errors } = /** @type {PlaywrightReport} */ (report);
  outcome.passed = stats.expected + stats.flaky;
  outcome.failed = stats.unexpected;
  outcome.skipped = stats.skipped;
  if (stats.flaky > 0) {
    outcome.problems.push(`e2e: ${String(stats.flaky)} tests passed only on a retry`);
  }
  if (errors.length > 0 && outcome.failed === 0) {
    outcome.failed = 1;
    outcome.problems.push(`e2e: Playwright reported ${String(errors.length)} errors outside tests`);
  }
  return finish(outcome, status);
}

/**
 * Counts skipped tests and an unexplained non-zero exit status as failures.
 * @param {SuiteOutcome} outcome
 * @param {number} status
 * @returns {SuiteOutcome}
 */
export function finish(outcome, status) {
  if (outcome.skipped > 0) {
    outcome.failed += outcome.skipped;
    outcome.problems.push(
      `${outcome.suite}: ${String(outcome.skipped)} tests were skipped, which counts as failed`,
    );
  }
  if (status !== 0 && outcome.failed === 0) {
    outcome.failed = 1;
    outcome.problems.push(
      `${outcome.suite}: the runner exited with status ${String(status)} and no failed test`,
    );
  }
  return outcome;
}

/**
 * @typedef {{
 *   testResults: { name: string, status: string, assertionResults: { status: string }[] }[]
 * }} VitestReport
 * @typedef {{
 *   stats: { expected: number, unexpected: number, flaky: number, skipped: number },
 *   errors: unknown[]
 * }} PlaywrightReport
 */

// Runs every test suite (Vitest's unit, renderer and integration projects, then the Playwright
// end-to-end suite) and ends with one line `N passed, N failed` computed from the runners' JSON
// reports. This is `npm test`, the command CI runs.
//
// The summary never reads "0 failed" when something broke: a test file that fails to load, a
// runner that exits non-zero or writes no report, a skipped test and a missing prerequisite (root,
// a Debian package) each count as one failure.
// Exit status: 0 when at least one test ran and nothing failed, else 1.

import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { missingPrerequisites } from './prerequisites.mjs';
import { countPlaywright, countVitest } from './test-report.mjs';

/** @typedef {import('./test-report.mjs').SuiteOutcome} SuiteOutcome */

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const playwrightConfig = 'e2e/playwright.config.ts';

/**
 * Runs a command in the repository with inherited output and resolves to its exit status.
 * @param {string} command
 * @param {string[]} args
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {Promise<number>}
 */
function run(command, args, env = process.env) {
  console.log(`\n$ ${[command, ...args].join(' ')}`);
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, env, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      resolve(code ?? (signal === null ? 1 : 128));
    });
  });
}

/**
 * Reads a JSON report, or returns null when the runner wrote none or wrote something unreadable.
 * @param {string} file
 * @returns {unknown}
 */
function readReport(file) {
  if (!existsSync(file)) {
    return null;
  }
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/**
 * Runs one Vitest project with the default reporter on the terminal and the JSON one to a file.
 * @param {string} project
 * @param {string} reports the folder for report files
 * @returns {Promise<SuiteOutcome>}
 */
async function runVitest(project, reports) {
  const file = path.join(reports, `vitest-${project}.json`);
  const status = await run('npx', [
    'vitest',
    'run',
    '--project',
    project,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${file}`,
  ]);
  return countVitest(project, readReport(file), status, root);
}

/**
 * Builds the app and runs the Playwright suite with the list reporter and the JSON one.
 * @param {string} reports the folder for report files
 * @returns {Promise<SuiteOutcome>}
 */
async function runPlaywright(reports) {
  if (!existsSync(path.join(root, playwrightConfig))) {
    return {
      suite: 'e2e',
      passed: 0,
      failed: 1,
      skipped: 0,
      problems: [`e2e: ${playwrightConfig} is missing`],
    };
  }

  const buildStatus = await run('npm', ['run', 'build']);
  if (buildStatus !== 0) {
    return {
      suite: 'e2e',
      passed: 0,
      failed: 1,
      skipped: 0,
      problems: [`e2e: npm run build failed with status ${String(buildStatus)}`],
    };
  }

  const file = path.join(reports, 'playwright.json');
  const env = { ...process.env, PLAYWRIGHT_JSON_OUTPUT_FILE: file };
  const status = await run(
    'npx',
    ['playwright', 'test', '-c', playwrightConfig, '--reporter=list,json'],
    env,
  );
  return countPlaywright(readReport(file), status);
}

async function main() {
  const missing = missingPrerequisites();
  if (missing.length > 0) {
    console.error('The integration and end-to-end tests cannot run:');
    for (const problem of missing) {
      console.error(`  - ${problem}`);
    }
    console.log('0 passed, 1 failed');
    process.exitCode = 1;
    return;
  }

  const reports = mkdtempSync(path.join(tmpdir(), 'quayside-reports-'));
  /** @type {SuiteOutcome[]} */
  const outcomes = [];
  try {
    for (const project of ['unit', 'renderer', 'integration']) {
      outcomes.push(await runVitest(project, reports));
    }
    outcomes.push(await runPlaywright(reports));
  } finally {
    rmSync(reports, { recursive: true, force: true });
  }

  console.log('');
  for (const outcome of outcomes) {
    console.log(
      `${outcome.suite}: ${String(outcome.passed)} passed, ${String(outcome.failed)} failed`,
    );
  }
  for (const problem of outcomes.flatMap((outcome) => outcome.problems)) {
    console.log(`  - ${problem}`);
  }

  const passed = outcomes.reduce((sum, outcome) => sum + outcome.passed, 0);
  const failed = outcomes.reduce((sum, outcome) => sum + outcome.failed, 0);
  if (passed + failed === 0) {
    console.log('No test ran.');
  }
  console.log(`${String(passed)} passed, ${String(failed)} failed`);
  process.exitCode = failed === 0 && passed > 0 ? 0 : 1;
}

// Runs only as a program, so that importing this file (node --test on the folder does) starts
// no test run.
if (
  process.argv[1] !== undefined &&
  path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)
) {
  await main();
}

// Lists what the integration and end-to-end tests need from the machine: root, because they start
// their own containerd and mount overlayfs snapshots, and the programs of a few Debian packages.
//
// Usage: node .ci/prerequisites.mjs   prints each missing part; exit status 1 when one is missing.

import { accessSync, constants } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The programs the tests run, each with the Debian package that installs it. */
export const requiredPrograms = [
  { program: 'containerd', debianPackage: 'containerd' },
  { program: 'ctr', debianPackage: 'containerd' },
  { program: 'runc', debianPackage: 'runc' },
  { program: 'docker-registry', debianPackage: 'docker-registry' },
  { program: 'skopeo', debianPackage: 'skopeo' },
  { program: 'umoci', debianPackage: 'umoci' },
  { program: 'busybox', debianPackage: 'busybox-static' },
  { program: 'chromium', debianPackage: 'chromium' },
  { program: 'Xvfb', debianPackage: 'xvfb' },
];

/**
 * Returns the path of an executable on PATH, or null when no folder on PATH contains it.
 * @param {string} program
 * @returns {string | null}
 */
export function findProgram(program) {
  for (const folder of (process.env.PATH ?? '').split(path.delimiter)) {
    if (folder === '') {
      continue;
    }
    const candidate = path.join(folder, program);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // Not in this folder; try the next one.
    }
  }
  return null;
}

/**
 * Describes each missing prerequisite with what to do about it; empty when all are present.
 * @returns {string[]}
 */
export function missingPrerequisites() {
  /** @type {string[]} */
  const problems = [];
  if (process.getuid?.() !== 0) {
    problems.push('root: run the tests as root, for example sudo npm test');
  }

  const missing = requiredPrograms.filter(({ program }) => findProgram(program) === null);
  for (const { program, debianPackage } of missing) {
    problems.push(`${program} is not on PATH: apt-get install -y ${debianPackage}`);
  }
  return problems;
}

if (
  process.argv[1] !== undefined &&
  path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)
) {
  const problems = missingPrerequisites();
  for (const problem of problems) {
    console.error(`missing: ${problem}`);
  }
  if (problems.length === 0) {
    console.log(`found root and ${requiredPrograms.map(({ program }) => program).join(', ')}`);
  }
  process.exitCode = problems.length === 0 ? 0 : 1;
}

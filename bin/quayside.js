#!/usr/bin/env node
// The `quayside` command. Runs the compiled main process code; build it with `npm run build`.

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = new URL('../dist/electron/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  process.stderr.write(
    "Error: Quayside is not built. Run 'npm run build' in the project folder first.\n",
  );
  process.exit(1);
}

/**
 * @typedef {{ out: (line: string) => void, err: (line: string) => void, env: NodeJS.ProcessEnv }} Io
 * @typedef {{ main: (argv: string[], io: Io) => Promise<number> }} Cli
 */
/** @type {unknown} */
const loaded = await import(entry.href);
const cli = /** @type {Cli} */ (loaded);
const status = await cli.main(process.argv.slice(2), {
  out: (/** @type {string} */ line) => {
    process.stdout.write(line + '\n');
  },
  err: (/** @type {string} */ line) => {
    process.stderr.write(line + '\n');
  },
  env: process.env,
});
process.exitCode = status;

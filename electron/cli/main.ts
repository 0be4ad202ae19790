// The `quayside` command: finds the subcommand, parses its flags, and turns every failure into a
// message and an exit status (0 success, 1 a failed operation, 2 a usage error).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { packageRoot } from '../app/paths.js';
import { QuaysideError } from '../errors.js';
import { UsageError, formatFlags, parseArgs } from './args.js';
import type { Command, Io } from './command.js';
import { demoCommand } from './demo.js';
import { imagesCommand } from './images.js';
import { psCommand } from './ps.js';
import { rmiCommand } from './rmi.js';
import { startCommand } from './start.js';
import { tagCommand } from './tag.js';
import { uiCommand } from './ui.js';

const commands: readonly Command[] = [
  rmiCommand,
  imagesCommand,
  psCommand,
  tagCommand,
  uiCommand,
  startCommand,
  demoCommand,
];

function overview(): string {
  const width = Math.max(...commands.map((command) => command.name.length)) + 3;
  const list = commands.map((command) => `  ${command.name.padEnd(width)}${command.summary}`);
  return [
    'Usage: quayside COMMAND [OPTIONS]',
    '',
    'Shows and removes the images of a containerd namespace, with the rules of docker rmi.',
    '',
    'Commands:',
    ...list,
    '',
    "Run 'quayside COMMAND --help' for the options of a command, 'quayside --version' for the version.",
  ].join('\n');
}

/** Reads the version from Quayside's package.json. */
function packageVersion(): string {
  const manifest: unknown = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8'));
  const version =
    typeof manifest === 'object' && manifest !== null && 'version' in manifest
      ? manifest.version
      : undefined;
  return typeof version === 'string' ? version : 'unknown';
}

/** Formats the `--help` text of one command. */
export function commandHelp(command: Command): string {
  const parts = [
    `Usage: ${command.usage}`,
    '',
    command.summary,
    '',
    'Options:',
    formatFlags(command.flags),
  ];
  if (command.details !== null) {
    parts.push('', command.details);
  }
  return parts.join('\n');
}

async function runCommand(command: Command, argv: readonly string[], io: Io): Promise<number> {
  try {
    const args = parseArgs(argv, command.flags);
    if (args.switches.has('help')) {
      io.out(commandHelp(command));
      return 0;
    }
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`Error: ${error.message}`);
      io.err(`See 'quayside ${command.name} --help'.`);
      return 2;
    }
    if (error instanceof QuaysideError) {
      io.err(`Error: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

/** Runs `quayside` with `argv` (without the node and script paths) and returns the exit status. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.err(overview());
    return 2;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    io.out(overview());
    return 0;
  }
  if (name === '--version' || name === 'version') {
    io.out(`quayside ${packageVersion()}`);
    return 0;
  }

  const command = commands.find((candidate) => candidate.name === name);
  if (command === undefined) {
    io.err(`Error: unknown command: ${JSON.stringify(name)}`);
    io.err("See 'quayside --help'.");
    return 2;
  }
  return runCommand(command, rest, io);
}

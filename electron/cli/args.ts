// Command-line parsing for `quayside`: each command declares its flags, and anything else is a
// usage error (exit status 2) with a message that names the flag and points to `--help`.

/** A flag of a command: a switch, or an option that takes a value. */
export interface FlagSpec {
  readonly long: string;
  readonly short?: string;
  readonly takesValue: boolean;
  /** One line for `--help`, saying what the flag sets. */
  readonly help: string;
  /** The value's placeholder in `--help`, for example `ADDRESS`. */
  readonly placeholder?: string;
}

/** The parsed flags and positional arguments of one command. */
export interface ParsedArgs {
  readonly switches: ReadonlySet<string>;
  readonly options: ReadonlyMap<string, string>;
  readonly positionals: readonly string[];
}

/** A mistake in how the command was called; the command exits with status 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

function findLong(specs: readonly FlagSpec[], name: string): FlagSpec | undefined {
  return specs.find((spec) => spec.long === name);
}

function findShort(specs: readonly FlagSpec[], letter: string): FlagSpec | undefined {
  return specs.find((spec) => spec.short === letter);
}

interface Accumulator {
  readonly switches: Set<string>;
  readonly options: Map<string, string>;
  readonly positionals: string[];
}

function record(into: Accumulator, spec: FlagSpec, value: string | undefined): void {
  if (spec.takesValue) {
    if (value === undefined) {
      throw new UsageError(`flag needs an argument: --${spec.long}`);
    }
    if (value.trim() === '') {
      throw new UsageError(`flag --${spec.long} needs a value that is not empty`);
    }
    into.options.set(spec.long, value);
  } else {
    into.switches.add(spec.long);
  }
}

function parseLong(arg: string, rest: string[], specs: readonly FlagSpec[], into: Accumulator) {
  const equals = arg.indexOf('=');
  const name = equals === -1 ? arg.slice(2) : arg.slice(2, equals);
  const spec = findLong(specs, name);
  if (spec === undefined) {
    throw new UsageError(`unknown flag: --${name}`);
  }
  if (equals !== -1 && !spec.takesValue) {
    throw new UsageError(`flag --${name} takes no value`);
  }
  let value: string | undefined;
  if (equals !== -1) {
    value = arg.slice(equals + 1);
  } else if (spec.takesValue) {
    value = rest.shift();
  }
  record(into, spec, value);
}

function parseShort(arg: string, rest: string[], specs: readonly FlagSpec[], into: Accumulator) {
  const letters = arg.slice(1);
  for (let index = 0; index < letters.length; index++) {
    const letter = letters.charAt(index);
    const spec = findShort(specs, letter);
    if (spec === undefined) {
      throw new UsageError(`unknown shorthand flag: '${letter}' in ${arg}`);
    }
    if (spec.takesValue) {
      const inline = letters.slice(index + 1);
      record(into, spec, inline === '' ? rest.shift() : inline);
      return;
    }
    record(into, spec, undefined);
  }
}

/** Parses `argv` against `specs`; flags may come before, between or after positionals. */
export function parseArgs(argv: readonly string[], specs: readonly FlagSpec[]): ParsedArgs {
  const into: Accumulator = { switches: new Set(), options: new Map(), positionals: [] };
  const rest = [...argv];

  while (rest.length > 0) {
    const arg = rest.shift() ?? '';
    if (arg === '--') {
      into.positionals.push(...rest);
      break;
    }
    if (arg.startsWith('--')) {
      parseLong(arg, rest, specs, into);
    } else if (arg.startsWith('-') && arg.length > 1) {
      parseShort(arg, rest, specs, into);
    } else {
      into.positionals.push(arg);
    }
  }

  return into;
}

/** Formats the flag list of a command's `--help`. */
export function formatFlags(specs: readonly FlagSpec[]): string {
  const rows = specs.map((spec) => {
    const short = spec.short === undefined ? '    ' : `-${spec.short}, `;
    const value = spec.takesValue ? ` ${spec.placeholder ?? 'VALUE'}` : '';
    return { left: `  ${short}--${spec.long}${value}`, help: spec.help };
  });
  const width = Math.max(...rows.map((row) => row.left.length)) + 2;
  return rows.map((row) => row.left.padEnd(width) + row.help).join('\n');
}

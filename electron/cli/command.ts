// What every `quayside` subcommand is made of, and the flags they share.

import type { ConnectionFlags } from '../containerd/address.js';
import type { FlagSpec, ParsedArgs } from './args.js';

/** Where a command writes, and the environment it reads. */
export interface Io {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  readonly env: NodeJS.ProcessEnv;
}

/** One subcommand: its name, its help text, its flags and what it does. */
export interface Command {
  readonly name: string;
  /** One line for the command list. */
  readonly summary: string;
  /** The usage line, for example `quayside rmi [OPTIONS] IMAGE [IMAGE...]`. */
  readonly usage: string;
  /** Text after the flags in `--help`, or null. */
  readonly details: string | null;
  readonly flags: readonly FlagSpec[];
  /** Runs the command and returns its exit status. Throws UsageError for a bad call. */
  run(args: ParsedArgs, io: Io): Promise<number>;
}

/** `--address` and `--namespace`, shared by every command that talks to containerd. */
export const connectionFlags: readonly FlagSpec[] = [
  {
    long: 'address',
    takesValue: true,
    placeholder: 'PATH',
    help: 'containerd socket (default $CONTAINERD_ADDRESS, else /run/containerd/containerd.sock)',
  },
  {
    long: 'namespace',
    short: 'n',
    takesValue: true,
    placeholder: 'NAME',
    help: 'containerd namespace (default $CONTAINERD_NAMESPACE, else default)',
  },
];

/** Reads `--address` and `--namespace`; unset ones fall back to the environment later. */
export function connectionFlagsOf(args: ParsedArgs): ConnectionFlags {
  return { address: args.options.get('address'), namespace: args.options.get('namespace') };
}

/** `--help`, accepted by every command. */
export const helpFlag: FlagSpec = {
  long: 'help',
  short: 'h',
  takesValue: false,
  help: 'Show this help',
};

/** `--format json`, for the listing commands. */
export const formatFlag: FlagSpec = {
  long: 'format',
  takesValue: true,
  placeholder: 'FORMAT',
  help: "Output format: 'table' (default) or 'json'",
};

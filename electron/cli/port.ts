// The `--port` flag of the commands that serve the browser shell.

import type { FlagSpec, ParsedArgs } from './args.js';
import { UsageError } from './args.js';

export const portFlag: FlagSpec = {
  long: 'port',
  short: 'p',
  takesValue: true,
  placeholder: 'PORT',
  help: 'TCP port on 127.0.0.1 for the browser shell; 0 picks a free one (default 0)',
};

/** Reads `--port`: a whole number from 0 to 65535, default 0. */
export function readPort(args: ParsedArgs): number {
  const text = args.options.get('port') ?? '0';
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65_535) {
    throw new UsageError(`invalid --port ${JSON.stringify(text)}: use a number from 0 to 65535`);
  }
  return port;
}

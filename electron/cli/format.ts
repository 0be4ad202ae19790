// The `--format` flag of the listing commands.

import { UsageError, type ParsedArgs } from './args.js';

/** Reads `--format`: `table` unless `json` is asked for; anything else is a usage error. */
export function readFormat(args: ParsedArgs): 'table' | 'json' {
  const format = args.options.get('format') ?? 'table';
  if (format !== 'table' && format !== 'json') {
    throw new UsageError(`invalid --format ${JSON.stringify(format)}: use 'table' or 'json'`);
  }
  return format;
}

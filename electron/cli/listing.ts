// What `quayside images` and `quayside ps` share: no arguments, `--format`, `--all`, one read of
// the namespace, and the rows as a table or as JSON.

import type { Inventory } from '../containerd/model.js';
import { UsageError, type ParsedArgs } from './args.js';
import type { Io } from './command.js';
import { readFormat } from './format.js';
import { openSession } from './session.js';

/** How one listing command turns the namespace into output. */
export interface Listing<Row> {
  readonly command: string;
  /** The rows of the namespace, in display order. */
  readonly rows: (inventory: Inventory) => readonly Row[];
  /** Whether a row is shown without `--all`. */
  readonly shownByDefault: (row: Row) => boolean;
  readonly table: (rows: readonly Row[], all: boolean) => string;
}

/** Runs a listing command and returns its exit status. */
export async function runListing<Row>(
  listing: Listing<Row>,
  args: ParsedArgs,
  io: Io,
): Promise<number> {
  const [extra] = args.positionals;
  if (extra !== undefined) {
    throw new UsageError(
      `"quayside ${listing.command}" accepts no arguments, got ${JSON.stringify(extra)}`,
    );
  }
  const format = readFormat(args);
  const all = args.switches.has('all');

  const session = await openSession(args, io);
  try {
    const rows = listing.rows(await session.namespace.readInventory());
    const shown = rows.filter((row) => all || listing.shownByDefault(row));
    io.out(format === 'json' ? JSON.stringify(shown, null, 2) : listing.table(shown, all));
    return 0;
  } finally {
    session.close();
  }
}

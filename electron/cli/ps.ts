// `quayside ps`: the containers of the namespace with their image and state.

import { formatContainersTable, listContainers } from '../listing/containers.js';
import { UsageError } from './args.js';
import { connectionFlags, formatFlag, helpFlag, type Command } from './command.js';
import { readFormat } from './format.js';
import { openSession } from './session.js';

export const psCommand: Command = {
  name: 'ps',
  summary: 'List containers',
  usage: 'quayside ps [OPTIONS]',
  details: 'Without --all, lists running containers only. With --format json, prints a JSON array.',
  flags: [
    {
      long: 'all',
      short: 'a',
      takesValue: false,
      help: 'List all containers, not only running ones',
    },
    formatFlag,
    ...connectionFlags,
    helpFlag,
  ],
  async run(args, io) {
    if (args.positionals.length > 0) {
      throw new UsageError(
        `"quayside ps" accepts no arguments, got ${JSON.stringify(args.positionals[0])}`,
      );
    }
    const format = readFormat(args);
    const all = args.switches.has('all');

    const session = await openSession(args, io);
    try {
      const listing = listContainers(await session.namespace.readInventory());
      const rows = listing.rows.filter((row) => all || row.running);
      io.out(format === 'json' ? JSON.stringify(rows, null, 2) : formatContainersTable(rows));
      return 0;
    } finally {
      session.close();
    }
  },
};

// `quayside ps`: the containers of the namespace with their image and state.

import { formatContainersTable, listContainers } from '../listing/containers.js';
import { connectionFlags, formatFlag, helpFlag, type Command } from './command.js';
import { runListing } from './listing.js';

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
    return runListing(
      {
        command: 'ps',
        rows: (inventory) => listContainers(inventory).rows,
        shownByDefault: (row) => row.running,
        table: (rows) => formatContainersTable(rows),
      },
      args,
      io,
    );
  },
};

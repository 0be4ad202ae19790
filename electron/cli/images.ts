// `quayside images`: the images of the namespace, as `docker images` lists them.

import { formatImagesTable, listImages } from '../listing/images.js';
import { UsageError } from './args.js';
import { connectionFlags, formatFlag, helpFlag, type Command } from './command.js';
import { readFormat } from './format.js';
import { openSession } from './session.js';

export const imagesCommand: Command = {
  name: 'images',
  summary: 'List images',
  usage: 'quayside images [OPTIONS]',
  details: [
    'Dangling images show as <none>. IN USE names the containers that use an image.',
    'With --format json, prints the rows as a JSON array.',
  ].join('\n'),
  flags: [
    {
      long: 'all',
      short: 'a',
      takesValue: false,
      help: 'Also list dangling parents of other images',
    },
    formatFlag,
    ...connectionFlags,
    helpFlag,
  ],
  async run(args, io) {
    if (args.positionals.length > 0) {
      throw new UsageError(
        `"quayside images" accepts no arguments, got ${JSON.stringify(args.positionals[0])}`,
      );
    }
    const format = readFormat(args);
    const all = args.switches.has('all');

    const session = await openSession(args, io);
    try {
      const listing = listImages(await session.namespace.readInventory());
      const rows = listing.rows.filter((row) => all || !row.intermediate);
      io.out(format === 'json' ? JSON.stringify(rows, null, 2) : formatImagesTable(rows, { all }));
      return 0;
    } finally {
      session.close();
    }
  },
};

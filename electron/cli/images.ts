// `quayside images`: the images of the namespace, as `docker images` lists them.

import { formatImagesTable, listImages } from '../listing/images.js';
import { connectionFlags, formatFlag, helpFlag, type Command } from './command.js';
import { runListing } from './listing.js';

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
    return runListing(
      {
        command: 'images',
        rows: (inventory) => listImages(inventory).rows,
        shownByDefault: (row) => !row.intermediate,
        table: (rows, all) => formatImagesTable(rows, { all }),
      },
      args,
      io,
    );
  },
};

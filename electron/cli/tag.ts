// `quayside tag`: gives an image another name, as `docker tag` does.

import { tagImage } from '../deletion/tag.js';
import { UsageError } from './args.js';
import { connectionFlags, helpFlag, type Command } from './command.js';
import { openSession } from './session.js';

export const tagCommand: Command = {
  name: 'tag',
  summary: 'Create a name TARGET that refers to the image SOURCE',
  usage: 'quayside tag [OPTIONS] SOURCE TARGET',
  details: [
    'SOURCE is a name or an image ID. An existing TARGET is moved to the image; if its old image',
    'thereby loses its last name while a container uses it, the image is kept as a dangling record.',
  ].join('\n'),
  flags: [...connectionFlags, helpFlag],
  async run(args, io) {
    const [source, target, ...extra] = args.positionals;
    if (source === undefined || target === undefined || extra.length > 0) {
      throw new UsageError('"quayside tag" requires exactly 2 arguments: SOURCE TARGET');
    }

    const session = await openSession(args, io);
    try {
      await tagImage(session.namespace, source, target, session.log);
      return 0;
    } finally {
      session.close();
    }
  },
};

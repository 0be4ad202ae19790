// `quayside rmi`: removes images with the rules and the output of `docker rmi`.

import { formatResult, removeImages } from '../deletion/remove.js';
import { UsageError } from './args.js';
import { connectionFlags, helpFlag, type Command } from './command.js';
import { openSession } from './session.js';

export const rmiCommand: Command = {
  name: 'rmi',
  summary: 'Remove one or more images',
  usage: 'quayside rmi [OPTIONS] IMAGE [IMAGE...]',
  details: [
    'IMAGE is a name (bash, me/app:v1, registry.local:5000/x@sha256:...), an image ID or an',
    'ID prefix of at least 4 hex digits. A name removes that name; the image goes with its last',
    'name. An ID removes every name of the image and the image itself.',
    '',
    'Each input prints its lines (Untagged: ..., Deleted: ...) on standard output and its',
    'failure as "Error: ..." on standard error. Exit status 1 when any input failed, except',
    'with --force when every failure was an image not found ("No such image" or',
    '"ambiguous reference").',
  ].join('\n'),
  flags: [
    {
      long: 'force',
      short: 'f',
      takesValue: false,
      help: 'Remove names and images that are in use by stopped containers or have other names',
    },
    { long: 'no-prune', takesValue: false, help: 'Keep the dangling parents of a deleted image' },
    ...connectionFlags,
    helpFlag,
  ],
  async run(args, io) {
    if (args.positionals.length === 0) {
      throw new UsageError('"quayside rmi" requires at least 1 argument');
    }

    const session = await openSession(args, io);
    try {
      const request = {
        inputs: args.positionals,
        force: args.switches.has('force'),
        prune: !args.switches.has('no-prune'),
      };
      const { result } = await removeImages(session.namespace, request, {}, session.log);
      const output = formatResult(result);
      output.stdout.forEach((line) => {
        io.out(line);
      });
      output.stderr.forEach((line) => {
        io.err(line);
      });
      return result.exitStatus;
    } finally {
      session.close();
    }
  },
};

// `quayside ui`: serves the window to a browser, for hosts without Electron (a server reached
// over an SSH tunnel, CI).

import { resolveConnection } from '../containerd/address.js';
import { UsageError } from './args.js';
import { connectionFlags, connectionFlagsOf, helpFlag, type Command } from './command.js';
import { startShell, untilInterrupted } from './launch.js';
import { portFlag, readPort } from './port.js';
import { createCommandLogger } from './session.js';

export const uiCommand: Command = {
  name: 'ui',
  summary: 'Serve the window on 127.0.0.1 for a browser',
  usage: 'quayside ui [OPTIONS]',
  details: [
    'Prints the URL to open. It carries a random token that every request must present, so only',
    'whoever sees the URL can use the window. To reach it from another machine, forward the port',
    'over SSH (ssh -L PORT:127.0.0.1:PORT host) and open the URL there. Stops on Ctrl-C.',
  ].join('\n'),
  flags: [portFlag, ...connectionFlags, helpFlag],
  async run(args, io) {
    if (args.positionals.length > 0) {
      throw new UsageError(
        `"quayside ui" accepts no arguments, got ${JSON.stringify(args.positionals[0])}`,
      );
    }
    const port = readPort(args);
    const target = resolveConnection(connectionFlagsOf(args), io.env);
    const log = createCommandLogger(io);

    const shell = await startShell(target, port, log);
    io.out(`Quayside is running at ${shell.url}`);
    io.out('Press Ctrl-C to stop.');
    await untilInterrupted();
    await shell.close();
    return 0;
  },
};

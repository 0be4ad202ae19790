// `quayside start`: opens the window, in Electron when its binary is installed, else in the
// browser shell. `npm start` runs this after building.

import { resolveConnection } from '../containerd/address.js';
import { UsageError } from './args.js';
import { connectionFlags, connectionFlagsOf, helpFlag, type Command } from './command.js';
import { openWindow } from './launch.js';
import { portFlag, readPort } from './port.js';
import { createCommandLogger } from './session.js';

export const startCommand: Command = {
  name: 'start',
  summary: 'Open the window (Electron, or the browser shell where Electron is missing)',
  usage: 'quayside start [OPTIONS]',
  details: '--port applies only when the window opens in the browser shell.',
  flags: [portFlag, ...connectionFlags, helpFlag],
  async run(args, io) {
    if (args.positionals.length > 0) {
      throw new UsageError(
        `"quayside start" accepts no arguments, got ${JSON.stringify(args.positionals[0])}`,
      );
    }
    const port = readPort(args);
    const target = resolveConnection(connectionFlagsOf(args), io.env);
    return openWindow(target, port, io, createCommandLogger(io));
  },
};

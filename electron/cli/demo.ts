// `quayside demo`: a private containerd with sample images and containers, to try Quayside without
// touching real images. Everything it starts and writes goes away on exit, Ctrl-C included.

import { demoNamespace, populateDemo } from '../sandbox/demo.js';
import { startSandbox, type Sandbox } from '../sandbox/sandbox.js';
import { UsageError } from './args.js';
import { helpFlag, type Command } from './command.js';
import { openWindow } from './launch.js';
import { portFlag, readPort } from './port.js';
import { createCommandLogger } from './session.js';

/** Stops the sandbox when the process is interrupted before the window takes over. */
function stopOnSignal(sandbox: Sandbox): () => void {
  const onSignal = (signal: NodeJS.Signals): void => {
    void sandbox.stop().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  return () => {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  };
}

export const demoCommand: Command = {
  name: 'demo',
  summary: 'Try Quayside on a private containerd with sample images (needs root)',
  usage: 'quayside demo [OPTIONS]',
  details: [
    'Starts containerd from PATH in a temporary folder, makes sample images that share layers,',
    'runs one container and leaves another stopped, and opens the window on it. On exit, or',
    'Ctrl-C, it stops the containers and containerd and removes the folder.',
  ].join('\n'),
  flags: [portFlag, helpFlag],
  async run(args, io) {
    if (args.positionals.length > 0) {
      throw new UsageError(
        `"quayside demo" accepts no arguments, got ${JSON.stringify(args.positionals[0])}`,
      );
    }
    const port = readPort(args);
    const log = createCommandLogger(io);

    io.out('Starting a private containerd in a temporary folder...');
    const sandbox = await startSandbox();
    const release = stopOnSignal(sandbox);
    try {
      io.out(`containerd is listening on ${sandbox.address}`);
      io.out('Making sample images and containers...');
      await populateDemo(sandbox);
      release();
      return await openWindow(
        { address: sandbox.address, namespace: demoNamespace },
        port,
        io,
        log,
      );
    } finally {
      release();
      await sandbox.stop();
      io.out('Stopped the private containerd and removed its folder.');
    }
  },
};

// The options the Electron app takes on its command line, after `--`, as `quayside ui` passes
// them: `--address PATH` and `--namespace NAME`, each also as `--flag=value`.

import type { ConnectionFlags } from '../containerd/address.js';

const flagNames = ['address', 'namespace'] as const;

/**
 * Reads `--address` and `--namespace` from `argv`. Only the arguments after the first `--` count
 * when there is one, so that Chromium's own switches before it are never taken for these. The
 * last occurrence of a flag wins. Other arguments are ignored because Electron adds its own.
 */
export function readWindowArguments(argv: readonly string[]): ConnectionFlags {
  const separator = argv.indexOf('--');
  const args = separator === -1 ? argv : argv.slice(separator + 1);
  const found: { address?: string; namespace?: string } = {};

  for (let index = 0; index < args.length; index++) {
    const arg = args[index] ?? '';
    for (const name of flagNames) {
      if (arg === `--${name}` && index + 1 < args.length) {
        found[name] = args[index + 1] ?? '';
        index++;
      } else if (arg.startsWith(`--${name}=`)) {
        found[name] = arg.slice(`--${name}=`.length);
      }
    }
  }
  return found;
}

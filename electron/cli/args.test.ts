import { describe, expect, it } from 'vitest';

import { UsageError, parseArgs, type FlagSpec } from './args.js';

const specs: readonly FlagSpec[] = [
  { long: 'force', short: 'f', takesValue: false, help: 'force' },
  { long: 'no-prune', takesValue: false, help: 'keep parents' },
  { long: 'address', takesValue: true, help: 'socket' },
  { long: 'namespace', short: 'n', takesValue: true, help: 'namespace' },
];

describe('parseArgs', () => {
  it.each([
    { argv: ['-f', 'bash'], force: true, positionals: ['bash'] },
    { argv: ['bash', '--force', 'bar'], force: true, positionals: ['bash', 'bar'] },
    { argv: ['--', '-f'], force: false, positionals: ['-f'] },
    { argv: ['-'], force: false, positionals: ['-'] },
  ])('reads $argv', ({ argv, force, positionals }) => {
    const parsed = parseArgs(argv, specs);

    expect(parsed.switches.has('force')).toBe(force);
    expect(parsed.positionals).toEqual(positionals);
  });

  it.each([
    { argv: ['--address', '/tmp/c.sock'], value: '/tmp/c.sock' },
    { argv: ['--address=/tmp/c.sock'], value: '/tmp/c.sock' },
  ])('takes an option value from $argv', ({ argv, value }) => {
    expect(parseArgs(argv, specs).options.get('address')).toBe(value);
  });

  it('reads grouped and attached short flags', () => {
    const parsed = parseArgs(['-fnk8s.io', 'x'], specs);

    expect(parsed.switches.has('force')).toBe(true);
    expect(parsed.options.get('namespace')).toBe('k8s.io');
    expect(parsed.positionals).toEqual(['x']);
  });

  it.each([
    { argv: ['--nope'], message: 'unknown flag: --nope' },
    { argv: ['-x'], message: "unknown shorthand flag: 'x' in -x" },
    { argv: ['--address'], message: 'flag needs an argument: --address' },
    { argv: ['--force=yes'], message: 'flag --force takes no value' },
  ])('rejects $argv', ({ argv, message }) => {
    expect(() => parseArgs(argv, specs)).toThrow(new UsageError(message));
  });
});

describe('parseArgs with empty values', () => {
  it.each([['--address', ''], ['--address='], ['-n', ' ']])('rejects %j', (...argv) => {
    expect(() => parseArgs(argv, specs)).toThrow(UsageError);
  });
});

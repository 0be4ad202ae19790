import { describe, expect, it } from 'vitest';

import { main } from './main.js';

function capture(): { out: string[]; err: string[]; io: Parameters<typeof main>[1] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    io: { out: (line) => out.push(line), err: (line) => err.push(line), env: {} },
  };
}

describe('quayside main', () => {
  it('rejects an unknown command with status 2', async () => {
    const { err, io } = capture();

    const status = await main(['frobnicate'], io);

    expect(status).toBe(2);
    expect(err).toEqual(['Error: unknown command: "frobnicate"', "See 'quayside --help'."]);
  });

  it.each(['rmi', 'images', 'ps', 'tag', 'ui', 'start', 'demo'])(
    'rejects an unknown flag of %s with status 2',
    async (command) => {
      const { err, io } = capture();

      const status = await main([command, '--bogus'], io);

      expect(status).toBe(2);
      expect(err).toEqual(['Error: unknown flag: --bogus', `See 'quayside ${command} --help'.`]);
    },
  );

  it.each(['rmi', 'images', 'ps', 'tag', 'ui', 'start', 'demo'])(
    'prints help for %s',
    async (command) => {
      const { out, io } = capture();

      const status = await main([command, '--help'], io);

      expect(status).toBe(0);
      expect(out.join('\n')).toContain(`Usage: quayside ${command}`);
      expect(out.join('\n')).toContain('--help');
    },
  );

  it('requires an image for rmi', async () => {
    const { err, io } = capture();

    const status = await main(['rmi'], io);

    expect(status).toBe(2);
    expect(err[0]).toBe('Error: "quayside rmi" requires at least 1 argument');
  });

  it('requires two arguments for tag', async () => {
    const { err, io } = capture();

    const status = await main(['tag', 'only-one'], io);

    expect(status).toBe(2);
    expect(err[0]).toBe('Error: "quayside tag" requires exactly 2 arguments: SOURCE TARGET');
  });

  it.each([
    {
      argv: ['images', '--format', 'yaml'],
      message: `Error: invalid --format "yaml": use 'table' or 'json'`,
    },
    {
      argv: ['ui', '--port', '70000'],
      message: 'Error: invalid --port "70000": use a number from 0 to 65535',
    },
  ])('rejects a bad value in $argv', async ({ argv, message }) => {
    const { err, io } = capture();

    const status = await main(argv, io);

    expect(status).toBe(2);
    expect(err[0]).toBe(message);
  });

  it('lists the commands with --help', async () => {
    const { out, io } = capture();

    const status = await main(['--help'], io);

    expect(status).toBe(0);
    for (const command of ['rmi', 'images', 'ps', 'tag', 'ui', 'start', 'demo']) {
      expect(out.join('\n')).toContain(`  ${command} `);
    }
  });

  it('prints the version', async () => {
    const { out, io } = capture();

    const status = await main(['--version'], io);

    expect(status).toBe(0);
    expect(out).toEqual([expect.stringMatching(/^quayside \d+\.\d+\.\d+$/)]);
  });
});

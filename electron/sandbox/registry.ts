// A private registry for the sandbox: docker-registry on 127.0.0.1 at a free port with its
// storage in the sandbox folder, skopeo to push, and `ctr images pull --plain-http` to pull the
// image the way a user would.

import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, openSync, writeFileSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { join } from 'node:path';

import { QuaysideError } from '../errors.js';
import { requirePrograms, run } from './commands.js';
import type { BuiltImage } from './image-builder.js';
import { ctr } from './images.js';
import { writeOciArchive } from './oci-archive.js';
import type { Sandbox } from './sandbox.js';

/** A running registry. */
export interface Registry {
  /** `127.0.0.1:<port>`, the host part of image names in this registry. */
  readonly host: string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, rejectPort) => {
    const server = createServer();
    server.once('error', rejectPort);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => {
        resolvePort(port);
      });
    });
  });
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolveCheck) => {
    const socket = createConnection({ host: '127.0.0.1', port }, () => {
      socket.destroy();
      resolveCheck(true);
    });
    socket.once('error', () => {
      resolveCheck(false);
    });
  });
}

async function waitForPort(port: number, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new QuaysideError(
        'unavailable',
        `docker-registry exited with code ${child.exitCode} during start`,
      );
    }
    if (await canConnect(port)) {
      return;
    }
    await new Promise((resolveWait) => setTimeout(resolveWait, 100));
  }
  throw new QuaysideError(
    'unavailable',
    `docker-registry did not listen on 127.0.0.1:${port} within ${timeoutMs} ms`,
  );
}

/** Starts docker-registry on 127.0.0.1 with its config and storage in the sandbox folder. */
export async function startRegistry(sandbox: Sandbox): Promise<Registry> {
  const programs = requirePrograms({ 'docker-registry': 'docker-registry', skopeo: 'skopeo' });
  const port = await freePort();
  const folder = join(sandbox.dir, 'registry');
  const configPath = join(sandbox.dir, 'registry.yml');
  writeFileSync(
    configPath,
    [
      'version: 0.1',
      'log:',
      '  level: warn',
      'storage:',
      '  filesystem:',
      `    rootdirectory: ${folder}`,
      'http:',
      `  addr: 127.0.0.1:${port}`,
      '',
    ].join('\n'),
  );
  const log = openSync(join(sandbox.dir, 'registry.log'), 'a');
  const child = spawn(programs['docker-registry'] ?? 'docker-registry', ['serve', configPath], {
    stdio: ['ignore', log, log],
  });
  closeSync(log);
  const stop = (): void => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGKILL');
    }
  };
  process.once('exit', stop);
  try {
    await waitForPort(port, child, 15_000);
  } catch (error) {
    stop();
    throw error;
  }
  return {
    host: `127.0.0.1:${port}`,
    stop: async () => {
      process.off('exit', stop);
      stop();
      if (child.exitCode === null && child.signalCode === null) {
        await new Promise((resolveExit) => child.once('exit', resolveExit));
      }
    },
  };
}

/**
 * Pushes `image` to the registry as `<host>/<repository>` with skopeo, in Docker schema 2 when
 * `format` is `v2s2`, then pulls it into `namespace` with ctr. Returns the record name.
 */
export async function pushAndPull(
  sandbox: Sandbox,
  registry: Registry,
  namespace: string,
  image: BuiltImage,
  repository: string,
  format: 'v2s2' | 'oci',
): Promise<string> {
  const archive = join(sandbox.dir, `push-${repository.replaceAll(/[/:]/g, '-')}.tar`);
  writeOciArchive(archive, [image]);
  const reference = `${registry.host}/${repository}`;
  const skopeo = requirePrograms({ skopeo: 'skopeo' }).skopeo ?? 'skopeo';
  await run(skopeo, [
    'copy',
    '--dest-tls-verify=false',
    '--format',
    format,
    `oci-archive:${archive}`,
    `docker://${reference}`,
  ]);
  await ctr(sandbox, namespace, ['images', 'pull', '--plain-http', reference]);
  return reference;
}

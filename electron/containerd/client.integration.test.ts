import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';

import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { QuaysideError } from '../errors.js';
import { type ChainImages, buildChainImages } from '../sandbox/fixtures.js';
import { descriptorOf } from '../sandbox/image-builder.js';
import { ctr, importImages, runContainer } from '../sandbox/images.js';
import { type Sandbox, startSandbox } from '../sandbox/sandbox.js';
import { ContainerdClient, connect } from './client.js';
import type { NamespaceEvent } from './namespace.js';

let sandbox: Sandbox;
let client: ContainerdClient;
let images: ChainImages;

async function failure(promise: Promise<unknown>): Promise<QuaysideError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof QuaysideError) {
      return error;
    }
    throw error;
  }
  throw new Error('expected a QuaysideError');
}

async function waitFor<T>(check: () => T | undefined, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value !== undefined) {
      return value;
    }
    if (Date.now() > deadline) {
      throw new Error('timed out waiting');
    }
    await new Promise((resolveWait) => setTimeout(resolveWait, 50));
  }
}

beforeAll(async () => {
  sandbox = await startSandbox();
  images = buildChainImages();
  await importImages(sandbox, 'test', [images.base, images.child, images.other]);
  client = ContainerdClient.open(sandbox.address);
});

afterAll(async () => {
  // A failed beforeAll leaves these unassigned.
  (client as ContainerdClient | undefined)?.close();
  await (sandbox as Sandbox | undefined)?.stop();
});

describe('ContainerdClient', () => {
  it('reads the version', async () => {
    const version = await client.version();

    expect(version.version).toMatch(/^1\.6\./);
    expect(version.revision).not.toBe('');
  });

  it('lists namespaces', async () => {
    expect(await client.listNamespaces()).toContain('test');
  });

  it('accepts a unix:// address', async () => {
    const other = ContainerdClient.open(`unix://${sandbox.address}`);
    try {
      expect((await other.version()).version).not.toBe('');
    } finally {
      other.close();
    }
  });
});

describe('connection errors', () => {
  it('explains an unknown namespace', async () => {
    const error = await failure(client.namespace('nope').readInventory());

    expect(error.kind).toBe('not-found');
    expect(error.message).toBe(
      `Namespace "nope" does not exist in containerd at ${sandbox.address}. ` +
        'Existing namespaces: test. Pass --namespace or set CONTAINERD_NAMESPACE.',
    );
  });

  it('explains an unknown namespace on connect', async () => {
    const error = await failure(connect({ address: sandbox.address, namespace: 'nope' }));

    expect(error.kind).toBe('not-found');
  });

  it('explains a missing socket', () => {
    const path = join(sandbox.dir, 'missing.sock');

    expect(() => ContainerdClient.open(path)).toThrow(
      `containerd is not running at ${path}: the socket does not exist. ` +
        'Start containerd, or pass --address or set CONTAINERD_ADDRESS to its socket.',
    );
  });

  it('explains a socket the user may not open', async () => {
    // A bundle of this client runs as the unprivileged user `nobody` against the 0660 root socket.
    mkdirSync(join(process.cwd(), 'dist'), { recursive: true });
    const folder = mkdtempSync(join(process.cwd(), 'dist', 'permission-'));
    const script = join(folder, 'open.mjs');
    try {
      await build({
        entryPoints: [join(import.meta.dirname, 'client.ts')],
        bundle: true,
        platform: 'node',
        format: 'esm',
        packages: 'external',
        outfile: join(folder, 'client.mjs'),
        logLevel: 'silent',
      });
      const source =
        "const { ContainerdClient } = await import('./client.mjs');" +
        'try { ContainerdClient.open(process.argv[2]); console.log("opened"); }' +
        ' catch (error) { console.log(JSON.stringify({ kind: error.kind, message: error.message })); }';
      execFileSync('sh', ['-c', `cat > ${script}`], { input: source });
      chmodSync(folder, 0o755);
      chmodSync(sandbox.dir, 0o711);
      const output = execFileSync(
        'setpriv',
        [
          '--reuid=nobody',
          '--regid=nogroup',
          '--clear-groups',
          process.execPath,
          script,
          sandbox.address,
        ],
        { cwd: folder },
      ).toString();

      expect(JSON.parse(output)).toEqual({
        kind: 'permission-denied',
        message: `Permission denied on ${sandbox.address}. Run Quayside as root, or give your user the socket's group.`,
      });
    } finally {
      chmodSync(sandbox.dir, 0o700);
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('records', () => {
  it('gets a record by name', async () => {
    const record = await client.namespace('test').getRecord(images.base.name);

    expect(record?.target.digest).toBe(images.base.target.digest);
  });

  it('returns null for a missing record', async () => {
    expect(await client.namespace('test').getRecord('docker.io/quayside/missing:1')).toBeNull();
  });

  it('creates a second name for an image', async () => {
    const namespace = client.namespace('test');
    const source = await namespace.getRecord(images.base.name);
    const spec = {
      name: 'docker.io/quayside/base:copy',
      target: source?.target ?? descriptorOf(images.base.target),
      labels: { a: 'b' },
    };

    const created = await namespace.createRecord(spec);

    expect(created.name).toBe(spec.name);
    expect(created.labels).toEqual({ a: 'b' });
    expect((await namespace.getRecord(spec.name))?.target.digest).toBe(images.base.target.digest);
  });

  it('rejects an existing name as a conflict', async () => {
    const namespace = client.namespace('test');
    const source = await namespace.getRecord(images.child.name);
    const spec = {
      name: images.base.name,
      target: source?.target ?? descriptorOf(images.child.target),
      labels: {},
    };

    const error = await failure(namespace.createRecord(spec));

    expect(error.kind).toBe('conflict');
  });

  it('points a record at another target', async () => {
    const namespace = client.namespace('test');
    const child = await namespace.getRecord(images.child.name);
    await namespace.createRecord({
      name: 'docker.io/quayside/moving:1',
      target: descriptorOf(images.base.target),
      labels: {},
    });

    const updated = await namespace.updateRecord({
      name: 'docker.io/quayside/moving:1',
      target: child?.target ?? descriptorOf(images.child.target),
      labels: { moved: 'yes' },
    });

    expect(updated.target.digest).toBe(images.child.target.digest);
    expect(updated.labels).toEqual({ moved: 'yes' });
  });

  it('frees the blobs on a synchronous delete', async () => {
    const unique = [
      images.other.target.digest,
      images.other.manifest.digest,
      images.other.config.digest,
    ];

    await client.namespace('test').deleteRecord(images.other.name, { sync: true });
    const listing = await ctr(sandbox, 'test', ['content', 'ls', '-q']);

    for (const digest of unique) {
      expect(listing).not.toContain(digest);
    }
  });

  it('reports a missing record on delete', async () => {
    const error = await failure(
      client.namespace('test').deleteRecord('docker.io/quayside/none:1', { sync: false }),
    );

    expect(error.kind).toBe('not-found');
  });
});

describe('subscribe', () => {
  it('delivers image and task events of its namespace only', async () => {
    const events: NamespaceEvent[] = [];
    const errors: Error[] = [];
    const namespace = client.namespace('test');
    const unsubscribe = namespace.subscribe(
      (event) => events.push(event),
      (error) => errors.push(error),
    );
    try {
      // Subscribe has no acknowledgement, so a probe record is written until its event arrives.
      const probe = {
        name: 'docker.io/quayside/probe:1',
        target: descriptorOf(images.base.target),
        labels: {},
      };
      await namespace.createRecord(probe);
      for (let attempt = 0; !events.some((event) => event.subject === probe.name); attempt += 1) {
        if (attempt === 100) {
          throw new Error('the event stream delivered nothing within 10 s');
        }
        await namespace.updateRecord(probe);
        await new Promise((resolveWait) => setTimeout(resolveWait, 100));
      }
      const elsewhere = {
        name: 'docker.io/quayside/elsewhere:1',
        target: descriptorOf(images.base.target),
        labels: {},
      };
      await client.namespace('elsewhere').createRecord(elsewhere);
      await namespace.createRecord({
        name: 'docker.io/quayside/event:1',
        target: descriptorOf(images.base.target),
        labels: {},
      });
      await namespace.deleteRecord('docker.io/quayside/event:1', { sync: false });
      await runContainer(sandbox, 'test', images.child.name, 'events', 'stopped');

      const find = (topic: string, subject: string): NamespaceEvent | undefined =>
        events.find((event) => event.topic === topic && event.subject === subject);
      const created = await waitFor(() => find('/images/create', 'docker.io/quayside/event:1'));
      const deleted = await waitFor(() => find('/images/delete', 'docker.io/quayside/event:1'));
      const started = await waitFor(() => find('/tasks/start', 'events'));
      const exited = await waitFor(() => find('/tasks/exit', 'events'));

      expect(created.namespace).toBe('test');
      expect(Date.parse(created.at)).not.toBeNaN();
      expect(deleted.namespace).toBe('test');
      expect(started.namespace).toBe('test');
      expect(exited.namespace).toBe('test');
      expect(events.every((event) => event.namespace === 'test')).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      unsubscribe();
    }
  });
});

// `quayside rmi`, `tag` and `images` on a real containerd with real running containers: the two
// transcripts of the containerd port of `docker rmi`, replayed command by command.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  buildBusyboxLayer,
  buildChainImages,
  buildImage,
  importImages,
  keepOnlyDangling,
  runContainer,
  startSandbox,
  type BuiltImage,
  type Sandbox,
} from '../sandbox/index.js';
import { commandHarness, contentDigests, recordNames, removeContainer } from './testing/harness.js';

let sandbox: Sandbox;
let bash: BuiltImage;

beforeAll(async () => {
  sandbox = await startSandbox();
  bash = buildImage({
    name: 'docker.io/library/bash:latest',
    format: 'oci',
    layers: [buildBusyboxLayer()],
  });
});

afterAll(async () => {
  await sandbox.stop();
});

function short(id: string): string {
  return id.replace('sha256:', '').slice(0, 12);
}

describe('quayside rmi on containerd', () => {
  it('replays the transcript with a running container', async () => {
    const namespace = 'transcript-running';
    await importImages(sandbox, namespace, [bash]);
    await runContainer(sandbox, namespace, bash.name, 'foo', 'running');
    const quayside = commandHarness(sandbox, namespace);
    const id = bash.target.digest;
    const prefix = id.slice('sha256:'.length, 'sha256:'.length + 4);

    const refused = await quayside.run('rmi', 'bash');
    expect(refused.status).toBe(1);
    expect(refused.err).toEqual([
      `Error: conflict: unable to delete bash:latest (must be forced) - container foo is using its referenced image ${short(id)}`,
    ]);
    expect(await recordNames(sandbox, namespace)).toEqual(['docker.io/library/bash:latest']);

    expect((await quayside.run('tag', 'bash', 'bar')).status).toBe(0);
    const listed = await quayside.run('images', '--format', 'json');
    const rows = JSON.parse(listed.out.join('\n')) as { repository: string; imageId: string }[];
    expect(rows.map((row) => row.repository).sort()).toEqual(['bar', 'bash']);
    expect(new Set(rows.map((row) => row.imageId))).toEqual(new Set([id]));

    const hard = await quayside.run('rmi', prefix);
    expect(hard.status).toBe(1);
    expect(hard.err).toEqual([
      `Error: conflict: unable to delete ${short(id)} (cannot be forced) - image is being used by running container foo`,
    ]);

    const untag = await quayside.run('rmi', 'bash');
    expect(untag).toEqual({ status: 0, out: ['Untagged: bash:latest'], err: [] });
    expect(await recordNames(sandbox, namespace)).toEqual(['docker.io/library/bar:latest']);

    const forced = await quayside.run('rmi', '-f', 'bar');
    expect(forced).toEqual({ status: 0, out: ['Untagged: bar:latest'], err: [] });
    expect(await recordNames(sandbox, namespace)).toEqual([`moby-dangling@${id}`]);

    const dangling = (await quayside.run('images')).out.join('\n').split('\n');
    expect(dangling[1]).toMatch(new RegExp(`^<none>\\s+<none>\\s+${short(id)}\\s`));

    await removeContainer(sandbox, namespace, 'foo');
    const deleted = await quayside.run('rmi', prefix);
    expect(deleted).toEqual({ status: 0, out: [`Deleted: ${id}`], err: [] });
    expect(await recordNames(sandbox, namespace)).toEqual([]);
    // The last record went with a synchronous delete, so the content is gone on return.
    const left = await contentDigests(sandbox, namespace);
    expect(left.has(id)).toBe(false);
    expect(left.has(bash.config.digest)).toBe(false);
  });

  it('replays the transcript with several names', async () => {
    const namespace = 'transcript-names';
    await importImages(sandbox, namespace, [bash]);
    const quayside = commandHarness(sandbox, namespace);
    const id = bash.target.digest;
    const prefix = id.slice('sha256:'.length, 'sha256:'.length + 4);
    expect((await quayside.run('tag', 'bash', 'bar')).status).toBe(0);

    const soft = await quayside.run('rmi', prefix);
    expect(soft.status).toBe(1);
    expect(soft.err).toEqual([
      `Error: conflict: unable to delete ${short(id)} (must be forced) - image is referenced in multiple repositories`,
    ]);
    expect(await recordNames(sandbox, namespace)).toHaveLength(2);

    const forced = await quayside.run('rmi', '-f', prefix);
    expect(forced).toEqual({
      status: 0,
      out: ['Untagged: bar:latest', 'Untagged: bash:latest', `Deleted: ${id}`],
      err: [],
    });
    expect(await recordNames(sandbox, namespace)).toEqual([]);
  });

  it('logs each removed name with its digest', async () => {
    const namespace = 'logged';
    await importImages(sandbox, namespace, [bash]);
    const quayside = commandHarness(sandbox, namespace);

    expect((await quayside.run('rmi', 'bash')).status).toBe(0);

    const removal = quayside
      .logLines()
      .find((line) => line.includes('docker.io/library/bash:latest'));
    expect(removal).toContain('INFO');
    expect(removal).toContain(bash.target.digest);
  });

  it('prunes a dangling parent found by shared layers', async () => {
    const namespace = 'prune';
    const chain = buildChainImages();
    await importImages(sandbox, namespace, [chain.base, chain.child]);
    await keepOnlyDangling(sandbox, namespace, chain.base);
    const quayside = commandHarness(sandbox, namespace);

    const removed = await quayside.run('rmi', 'quayside/child:1');

    expect(removed).toEqual({
      status: 0,
      out: [
        'Untagged: quayside/child:1',
        `Deleted: ${chain.child.target.digest}`,
        `Deleted: ${chain.base.target.digest}`,
      ],
      err: [],
    });
    expect(await recordNames(sandbox, namespace)).toEqual([]);
  });

  it('keeps a dangling parent with --no-prune', async () => {
    const namespace = 'no-prune';
    const chain = buildChainImages();
    await importImages(sandbox, namespace, [chain.base, chain.child]);
    const dangling = await keepOnlyDangling(sandbox, namespace, chain.base);
    const quayside = commandHarness(sandbox, namespace);

    const removed = await quayside.run('rmi', '--no-prune', 'quayside/child:1');

    expect(removed.out).toEqual([
      'Untagged: quayside/child:1',
      `Deleted: ${chain.child.target.digest}`,
    ]);
    expect(await recordNames(sandbox, namespace)).toEqual([dangling]);
  });

  it('goes on after a failed input and sets the exit status', async () => {
    const namespace = 'several';
    await importImages(sandbox, namespace, [bash]);
    const quayside = commandHarness(sandbox, namespace);

    const mixed = await quayside.run('rmi', 'missing', 'bash', 'gone:1');

    expect(mixed.status).toBe(1);
    expect(mixed.out).toEqual(['Untagged: bash:latest', `Deleted: ${bash.target.digest}`]);
    expect(mixed.err).toEqual([
      'Error: No such image: missing:latest',
      'Error: No such image: gone:1',
    ]);

    const forced = await quayside.run('rmi', '-f', 'missing');
    expect(forced).toEqual({ status: 0, out: [], err: ['Error: No such image: missing:latest'] });
  });

  it('explains a missing socket', async () => {
    const quayside = commandHarness(
      { ...sandbox, address: `${sandbox.dir}/nothing.sock` },
      'default',
    );

    const result = await quayside.run('images');

    expect(result.status).toBe(1);
    expect(result.err[0]).toContain(`${sandbox.dir}/nothing.sock`);
    expect(result.err[0]).toMatch(/^Error: .*does not exist/);
  });

  it('explains an unknown namespace', async () => {
    await importImages(sandbox, 'known', [bash]);
    const quayside = commandHarness(sandbox, 'no-such-namespace');

    const result = await quayside.run('rmi', 'bash');

    expect(result.status).toBe(1);
    expect(result.err[0]).toContain('"no-such-namespace"');
    expect(result.err[0]).toContain('known');
  });
});

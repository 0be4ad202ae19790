// Puts built images into a sandbox namespace with `ctr images import`, which also unpacks them
// into overlayfs snapshots so containers can run, and tags records.

import { join } from 'node:path';

import { run } from './commands.js';
import type { BuiltImage } from './image-builder.js';
import { writeOciArchive } from './oci-archive.js';
import type { Sandbox } from './sandbox.js';

/** Options of importImages. */
export interface ImportOptions {
  /**
   * Also import the foreign platform of index images. Without it ctr keeps only this host's
   * manifest, so the foreign index entry is absent from the content store.
   */
  readonly allPlatforms?: boolean;
}

let archiveCount = 0;

/** Runs ctr against the sandbox in `namespace`. */
export function ctr(sandbox: Sandbox, namespace: string, args: readonly string[]): Promise<string> {
  return run(sandbox.programs.ctr, ['-a', sandbox.address, '-n', namespace, ...args]);
}

/**
 * Imports and unpacks `images` into `namespace`. ctr names each record by the image's full
 * name (the io.containerd.image.name annotation of the archive), for example
 * `docker.io/quayside/base:1`.
 */
export async function importImages(
  sandbox: Sandbox,
  namespace: string,
  images: readonly BuiltImage[],
  options: ImportOptions = {},
): Promise<void> {
  archiveCount += 1;
  const archive = join(sandbox.dir, `import-${archiveCount}.tar`);
  writeOciArchive(archive, images);
  const platformArgs = options.allPlatforms === true ? ['--all-platforms'] : [];
  await ctr(sandbox, namespace, ['images', 'import', ...platformArgs, archive]);
}

/** Creates the record `target` for the same image as `source`. */
export async function tagImage(
  sandbox: Sandbox,
  namespace: string,
  source: string,
  target: string,
): Promise<void> {
  await ctr(sandbox, namespace, ['images', 'tag', source, target]);
}

/**
 * Leaves `image` only under its dangling name `moby-dangling@<image ID>`, as `docker rmi -f` of
 * its last name does while a container uses it. Returns the dangling name.
 */
export async function keepOnlyDangling(
  sandbox: Sandbox,
  namespace: string,
  image: BuiltImage,
): Promise<string> {
  const dangling = `moby-dangling@${image.target.digest}`;
  await tagImage(sandbox, namespace, image.name, dangling);
  await ctr(sandbox, namespace, ['images', 'rm', image.name]);
  return dangling;
}

/** The state a container is left in. */
export type ContainerState = 'running' | 'stopped' | 'created';

/**
 * Creates container `id` from the record `image`: `running` has a running task, `stopped` a
 * task that was killed and reaped to STOPPED, `created` no task at all.
 */
export async function runContainer(
  sandbox: Sandbox,
  namespace: string,
  image: string,
  id: string,
  state: ContainerState,
): Promise<void> {
  const runcRoot = ['--runc-root', sandbox.runcRoot];
  switch (state) {
    case 'running':
      await ctr(sandbox, namespace, ['run', '-d', ...runcRoot, image, id]);
      return;
    case 'stopped':
      await ctr(sandbox, namespace, ['run', '-d', ...runcRoot, image, id]);
      await ctr(sandbox, namespace, ['tasks', 'kill', '-s', 'SIGKILL', id]);
      await waitForStatus(sandbox, namespace, id, 'STOPPED');
      return;
    case 'created':
      // No task is started, so runc never runs and needs no root folder.
      await ctr(sandbox, namespace, ['containers', 'create', image, id]);
      return;
    default: {
      const unexpected: never = state;
      throw new Error(`unknown container state ${String(unexpected)}`);
    }
  }
}

/** Waits until the task of `id` reports `status` in `ctr tasks ls`. */
export async function waitForStatus(
  sandbox: Sandbox,
  namespace: string,
  id: string,
  status: string,
  timeoutMs = 20_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const listing = await ctr(sandbox, namespace, ['tasks', 'ls']);
    const row = listing.split('\n').find((line) => line.split(/\s+/)[0] === id);
    if (row?.split(/\s+/)[2] === status) {
      return;
    }
    await new Promise((resolveWait) => setTimeout(resolveWait, 100));
  }
  throw new Error(`task ${id} did not reach ${status} within ${timeoutMs} ms`);
}

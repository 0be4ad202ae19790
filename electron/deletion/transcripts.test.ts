// The two sessions of the Docker change that ported `docker rmi` to the containerd image store,
// replayed step by step: same images, same container, same output and exit status. Docker printed
// `Untagged:` for the dangling record, and an older conflict text. Both are corrected here.

import { describe, expect, it } from 'vitest';

import { formatImagesTable, listImages } from '../listing/images.js';
import { silentLogger } from '../log.js';
import { container, image } from '../testing/builders.js';
import { FakeNamespace } from '../testing/fake-namespace.js';
import { formatResult, removeImages } from './remove.js';
import { tagImage } from './tag.js';

const bashId = 'sha256:e0acf0b8fb59c01b6a2b66de360c86bcad5c3cd114db325155970e6bab9663a0';
const fooId = '847ac95823ef2efb8839345cca85ca28f4b6cefcd32af4d37b5ebe4d16f0b624';

function pulledBash(): ReturnType<typeof image> {
  return image({
    id: bashId,
    names: ['bash'],
    layers: ['13bc69df1e93', '0e841167f105', 'c41833b44d91', 'dc061c8e5140'],
    layerSize: 6_200_000,
  });
}

/** Lists the `docker images` cells that do not depend on the clock, joined by ` | `. */
async function images(fake: FakeNamespace): Promise<readonly string[]> {
  const rows = listImages(await fake.readInventory()).rows;
  const table = formatImagesTable(rows, { all: false });
  return table.split('\n').map((line) => {
    const cells = line.split(/ {3,}/);
    cells.splice(3, 1);
    return cells.join(' | ');
  });
}

async function rmi(
  fake: FakeNamespace,
  inputs: readonly string[],
  force = false,
): Promise<{ stdout: readonly string[]; stderr: readonly string[]; exitStatus: number }> {
  const { result } = await removeImages(fake, { inputs, force, prune: true }, {}, silentLogger);
  return { ...formatResult(result), exitStatus: result.exitStatus };
}

describe('docker rmi sessions', () => {
  it('replays the session with a running container', async () => {
    const bash = pulledBash();
    const foo = container({ id: fooId, from: bash, name: 'foo' });
    const fake = new FakeNamespace({ images: [bash], containers: [foo] });

    expect(await rmi(fake, ['bash'])).toEqual({
      stdout: [],
      stderr: [
        'Error: conflict: unable to delete bash:latest (must be forced) - container 847ac95823ef is using its referenced image e0acf0b8fb59',
      ],
      exitStatus: 1,
    });

    await tagImage(fake, 'bash', 'bar', silentLogger);
    expect(await images(fake)).toEqual([
      'REPOSITORY | TAG | IMAGE ID | SIZE | IN USE',
      'bar | latest | e0acf0b8fb59 | 24.8MB | 1 running',
      'bash | latest | e0acf0b8fb59 | 24.8MB | 1 running',
    ]);

    expect(await rmi(fake, ['e0ac'])).toEqual({
      stdout: [],
      stderr: [
        'Error: conflict: unable to delete e0acf0b8fb59 (cannot be forced) - image is being used by running container 847ac95823ef',
      ],
      exitStatus: 1,
    });

    expect(await rmi(fake, ['bash'])).toEqual({
      stdout: ['Untagged: bash:latest'],
      stderr: [],
      exitStatus: 0,
    });
    expect(fake.recordNames()).toEqual(['docker.io/library/bar:latest']);

    expect(await rmi(fake, ['bar'], true)).toEqual({
      stdout: ['Untagged: bar:latest'],
      stderr: [],
      exitStatus: 0,
    });
    expect(fake.recordNames()).toEqual([`moby-dangling@${bashId}`]);
    expect(await images(fake)).toEqual([
      'REPOSITORY | TAG | IMAGE ID | SIZE | IN USE',
      '<none> | <none> | e0acf0b8fb59 | 24.8MB | 1 running',
    ]);

    fake.removeContainer(foo.id);

    expect(await rmi(fake, ['e0ac'])).toEqual({
      stdout: [`Deleted: ${bashId}`],
      stderr: [],
      exitStatus: 0,
    });
    expect(fake.recordNames()).toEqual([]);
    expect(fake.changeCalls().at(-1)).toBe(`deleteRecord moby-dangling@${bashId} sync`);
  });

  it('replays the session with two names', async () => {
    const fake = new FakeNamespace({ images: [pulledBash()] });
    await tagImage(fake, 'bash', 'bar', silentLogger);

    expect(await rmi(fake, ['e0ac'])).toEqual({
      stdout: [],
      stderr: [
        'Error: conflict: unable to delete e0acf0b8fb59 (must be forced) - image is referenced in multiple repositories',
      ],
      exitStatus: 1,
    });
    expect(fake.recordNames()).toHaveLength(2);

    expect(await rmi(fake, ['e0ac'], true)).toEqual({
      stdout: ['Untagged: bar:latest', 'Untagged: bash:latest', `Deleted: ${bashId}`],
      stderr: [],
      exitStatus: 0,
    });
    expect(fake.recordNames()).toEqual([]);
    expect(await images(fake)).toEqual(['REPOSITORY | TAG | IMAGE ID | SIZE | IN USE']);
    expect(fake.changeCalls().slice(-2)).toEqual([
      'deleteRecord docker.io/library/bar:latest',
      'deleteRecord docker.io/library/bash:latest sync',
    ]);
  });
});

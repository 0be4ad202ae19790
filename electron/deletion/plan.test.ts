import { describe, expect, it } from 'vitest';

import type { Inventory } from '../containerd/model.js';
import { container, image, inventoryOf, type ImageFixture } from '../testing/builders.js';
import { planRemoval } from './plan.js';
import type { Conflict, InputPlan, RemovalPlan } from './types.js';

const digestD = 'sha256:' + 'd'.repeat(64);

function plan(
  inventory: Inventory,
  inputs: readonly string[],
  options: { force?: boolean; prune?: boolean } = {},
): RemovalPlan {
  return planRemoval(inventory, {
    inputs,
    force: options.force ?? false,
    prune: options.prune ?? true,
  });
}

/** Returns the conflict of `input`, after asserting that the input is one. */
function conflictOf(input: InputPlan | undefined): Conflict {
  expect(input?.kind).toBe('conflict');
  if (input?.kind !== 'conflict') {
    throw new Error(`expected a conflict, got ${JSON.stringify(input)}`);
  }
  return input.conflict;
}

/** Returns the error of `input`, after asserting that the input failed. */
function errorOf(input: InputPlan | undefined): {
  readonly kind: string;
  readonly message: string;
} {
  expect(input?.kind).toBe('failed');
  if (input?.kind !== 'failed') {
    throw new Error(`expected a failed input, got ${JSON.stringify(input)}`);
  }
  return input.error;
}

/** Formats the command's output for one input: its lines, or `Error: <message>`. */
function output(input: InputPlan | undefined): readonly string[] {
  switch (input?.kind) {
    case 'planned':
      return input.lines.map((line) =>
        line.kind === 'untagged' ? `Untagged: ${line.value}` : `Deleted: ${line.value}`,
      );
    case 'conflict':
      return [`Error: ${input.conflict.message}`];
    case 'failed':
      return [`Error: ${input.error.message}`];
    case undefined:
      return ['no plan'];
    default: {
      const unexpected: never = input;
      return [String(unexpected)];
    }
  }
}

function only(result: RemovalPlan): InputPlan {
  const [first] = result.inputs;
  if (first === undefined) {
    throw new Error('the plan has no input');
  }
  return first;
}

function planned(input: InputPlan): Extract<InputPlan, { kind: 'planned' }> {
  if (input.kind !== 'planned') {
    throw new Error(`expected a planned input, got ${output(input).join(' ')}`);
  }
  return input;
}

function remainingNames(inventory: Inventory, result: RemovalPlan): readonly string[] {
  const names = new Set(inventory.records.map((record) => record.name));
  for (const input of result.inputs) {
    if (input.kind !== 'planned') {
      continue;
    }
    for (const action of input.actions) {
      if (action.kind === 'delete-record') {
        names.delete(action.name);
      } else {
        names.add(action.name);
      }
    }
  }
  return [...names].sort();
}

const id = (fixture: ImageFixture): string => fixture.content.id;
const short = (fixture: ImageFixture): string => fixture.content.id.slice(7, 19);
const ctrShort = (ctr: { id: string }): string => ctr.id.slice(0, 12);

describe('planRemoval by reference', () => {
  const bash = image({ id: 'bash', names: ['bash', 'bar'] });
  const running = container({ id: 'running', from: bash });
  const stopped = container({ id: 'stopped', from: bash, status: 'STOPPED' });
  const lone = image({ id: 'lone', names: ['lone'] });
  const loneRunning = container({ id: 'lone-running', from: lone });
  const loneStopped = container({ id: 'lone-stopped', from: lone, status: 'STOPPED' });

  it('untags one name while others remain, even with a running container', () => {
    const result = plan(inventoryOf([bash], [running]), ['bash']);

    expect(output(only(result))).toEqual(['Untagged: bash:latest']);
    expect(planned(only(result)).forced).toBe(false);
    expect(planned(only(result)).freedBytes).toBe(0);
  });

  it.each([
    ['running', loneRunning],
    ['stopped', loneStopped],
    ['paused', { ...loneRunning, status: 'PAUSED' as const }],
    ['created', { ...loneStopped, status: 'CREATED' as const }],
  ])('refuses the last name of an image a %s container uses', (_, ctr) => {
    const result = plan(inventoryOf([lone], [ctr]), ['lone']);
    const input = only(result);

    expect(output(input)).toEqual([
      `Error: conflict: unable to delete lone:latest (must be forced) - container ${ctrShort(ctr)} is using its referenced image ${short(lone)}`,
    ]);
    expect(conflictOf(input).severity).toBe('soft');
    expect(conflictOf(input).reason).toBe('container-uses-reference');
    expect(conflictOf(input).containers.map((c) => c.id)).toEqual([ctr.id]);
  });

  it.each([
    ['running', loneRunning],
    ['stopped', loneStopped],
  ])('keeps a dangling record for a %s container with force', (_, ctr) => {
    const labelled = image({ id: 'lone', names: ['lone'], labels: { team: 'qa' } });
    const result = plan(inventoryOf([labelled], [ctr]), ['lone'], { force: true });
    const input = planned(only(result));

    expect(output(input)).toEqual(['Untagged: lone:latest']);
    expect(input.actions).toEqual([
      {
        kind: 'create-dangling',
        name: `moby-dangling@${id(lone)}`,
        target: labelled.records[0]?.target,
        labels: { team: 'qa' },
      },
      {
        kind: 'delete-record',
        name: 'docker.io/library/lone:latest',
        expectedDigest: id(lone),
        sync: false,
      },
    ]);
    expect(input.keptDangling).toBe(`moby-dangling@${id(lone)}`);
    expect(input.forced).toBe(true);
    expect(input.deleted).toEqual([]);
    expect(input.freedBytes).toBe(0);
  });

  it('reuses an existing dangling record with force', () => {
    const both = image({ id: 'lone', names: ['lone'], dangling: true });
    const input = planned(
      only(plan(inventoryOf([both], [loneRunning]), ['lone'], { force: true })),
    );

    expect(input.actions.map((action) => action.kind)).toEqual(['delete-record']);
    expect(input.keptDangling).toBe(`moby-dangling@${id(lone)}`);
  });

  it('deletes the image when its last name goes and no container uses it', () => {
    const input = planned(only(plan(inventoryOf([lone]), ['lone'])));

    expect(output(input)).toEqual(['Untagged: lone:latest', `Deleted: ${id(lone)}`]);
    expect(input.actions).toEqual([
      {
        kind: 'delete-record',
        name: 'docker.io/library/lone:latest',
        expectedDigest: id(lone),
        sync: true,
      },
    ]);
    expect(input.deleted).toEqual([id(lone)]);
    expect(input.freedBytes).toBe(lone.content.size);
  });

  it('deletes a leftover dangling record with the last name, without a line for it', () => {
    const both = image({ id: 'lone', names: ['lone'], dangling: true });
    const input = planned(only(plan(inventoryOf([both]), ['lone'])));

    expect(output(input)).toEqual(['Untagged: lone:latest', `Deleted: ${id(lone)}`]);
    expect(input.actions.map((action) => action.kind === 'delete-record' && action.sync)).toEqual([
      false,
      true,
    ]);
  });

  it.each([
    {
      name: 'the repository digest record goes with its last tag',
      names: ['app:v1', `app@${digestD}`, 'other:v1'],
      input: 'app:v1',
      lines: ['Untagged: app:v1', `Untagged: app@${digestD}`],
      remaining: ['docker.io/library/other:v1'],
    },
    {
      name: 'the digest record stays while another tag remains',
      names: ['app:v1', 'app:v2', `app@${digestD}`],
      input: 'app:v1',
      lines: ['Untagged: app:v1'],
      remaining: ['docker.io/library/app:v2', `docker.io/library/app@${digestD}`],
    },
    {
      name: 'a tag and its digest record are the last names',
      names: ['app:v1', `app@${digestD}`],
      input: 'app:v1',
      lines: ['Untagged: app:v1', `Untagged: app@${digestD}`, `Deleted: ${digestD}`],
      remaining: [],
    },
    {
      name: 'a digest removes every record of its repository',
      names: ['app:v1', 'app:v2', `app@${digestD}`, 'other:v1'],
      input: `app@${digestD}`,
      lines: [`Untagged: app@${digestD}`, 'Untagged: app:v1', 'Untagged: app:v2'],
      remaining: ['docker.io/library/other:v1'],
    },
    {
      name: 'a digest with a tag removes tag and digest records of the repository',
      names: ['app:latest', `app:latest@${digestD}`, 'other:latest'],
      input: `app@${digestD}`,
      lines: ['Untagged: app:latest', `Untagged: app:latest@${digestD}`],
      remaining: ['docker.io/library/other:latest'],
    },
    {
      name: 'a digest of the only repository deletes the image',
      names: ['app:latest', `app@${digestD}`],
      input: `app@${digestD}`,
      lines: [`Untagged: app@${digestD}`, 'Untagged: app:latest', `Deleted: ${digestD}`],
      remaining: [],
    },
    {
      name: 'one tag of two goes alone',
      names: ['justoneref', 'differentrepo'],
      input: 'justoneref',
      lines: ['Untagged: justoneref:latest'],
      remaining: ['docker.io/library/differentrepo:latest'],
    },
    {
      name: 'registries keep their names',
      names: ['utest:tag1', 'utest/docker:tag2', 'utest:5000/docker:tag3'],
      input: 'utest:5000/docker:tag3',
      lines: ['Untagged: utest:5000/docker:tag3'],
      remaining: ['docker.io/library/utest:tag1', 'docker.io/utest/docker:tag2'],
    },
  ])('$name', ({ names, input, lines, remaining }) => {
    const fixture = image({ id: digestD, names });
    const inventory = inventoryOf([fixture]);
    const result = plan(inventory, [input]);

    expect(output(only(result))).toEqual(lines);
    expect(remainingNames(inventory, result)).toEqual(remaining);
  });

  it('reports a digest that only another repository points at', () => {
    const fixture = image({ id: digestD, names: ['someotherrepo'] });
    const result = plan(inventoryOf([fixture]), [`repoanddigestzerocase@${digestD}`]);

    expect(output(only(result))).toEqual([
      `Error: No such image: repoanddigestzerocase@${digestD}`,
    ]);
  });

  it('reports a missing name with latest added', () => {
    const result = plan(inventoryOf([]), ['nothingthere']);
    const input = only(result);

    expect(output(input)).toEqual(['Error: No such image: nothingthere:latest']);
    expect(errorOf(input).kind).toBe('not-found');
  });

  it('reports a blank name and an invalid one', () => {
    const result = plan(inventoryOf([]), [' ', 'Base']);

    expect(result.inputs.map(output)).toEqual([
      ['Error: image name cannot be blank'],
      ['Error: invalid reference format: repository name (library/Base) must be lowercase'],
    ]);
    expect(result.inputs.map((input) => input.kind === 'failed' && input.error.kind)).toEqual([
      'invalid-argument',
      'invalid-argument',
    ]);
  });

  it('removes only the named tag with force when its digest record remains', () => {
    const both = image({ id: digestD, names: ['app:v1', `app@${digestD}`] });
    const ctr = container({ id: 'c', from: both });
    const inventory = inventoryOf([both], [ctr]);

    const refused = only(plan(inventory, ['app:v1']));
    const forced = planned(only(plan(inventory, ['app:v1'], { force: true })));

    expect(output(refused)).toEqual([
      `Error: conflict: unable to delete app:v1 (must be forced) - container ${ctrShort(ctr)} is using its referenced image dddddddddddd`,
    ]);
    expect(output(forced)).toEqual(['Untagged: app:v1']);
    expect(forced.keptDangling).toBeNull();
    expect(forced.forced).toBe(true);
    expect(remainingNames(inventory, plan(inventory, ['app:v1'], { force: true }))).toEqual([
      `docker.io/library/app@${digestD}`,
    ]);
  });

  it('deletes through repo@digest when only a tag points at the digest', () => {
    const tagged = image({ id: digestD, names: ['app'] });
    const result = plan(inventoryOf([tagged]), [`app@${digestD}`]);

    expect(output(only(result))).toEqual(['Untagged: app:latest', `Deleted: ${digestD}`]);
  });

  it('removes a leftover dangling record by name without a line', () => {
    const both = image({ id: digestD, names: ['app'], dangling: true });
    const inventory = inventoryOf([both]);
    const result = plan(inventory, [`moby-dangling@${digestD}`]);

    expect(output(only(result))).toEqual([]);
    expect(remainingNames(inventory, result)).toEqual(['docker.io/library/app:latest']);
  });

  it('untags the other name without checking containers', () => {
    const result = plan(inventoryOf([bash], [running, stopped]), ['bar']);

    expect(output(only(result))).toEqual(['Untagged: bar:latest']);
  });
});

describe('planRemoval by ID', () => {
  const bash = image({ id: 'bash', names: ['bash', 'bar'] });
  const lone = image({ id: 'lone', names: ['lone'] });
  const running = container({ id: 'running', from: lone });
  const stopped = container({ id: 'stopped', from: lone, status: 'STOPPED' });

  it.each([true, false])('refuses a running container, force %s', (force) => {
    const result = plan(inventoryOf([lone], [stopped, running]), [short(lone)], { force });
    const input = only(result);

    expect(output(input)).toEqual([
      `Error: conflict: unable to delete ${short(lone)} (cannot be forced) - image is being used by running container ${ctrShort(running)}`,
    ]);
    expect(conflictOf(input).severity).toBe('hard');
  });

  it('refuses a paused container as running', () => {
    const paused = { ...running, status: 'PAUSING' as const };
    const input = only(plan(inventoryOf([lone], [paused]), [id(lone)], { force: true }));

    expect(conflictOf(input).reason).toBe('running-container');
  });

  it('refuses a stopped container without force', () => {
    const input = only(plan(inventoryOf([lone], [stopped]), [short(lone)]));

    expect(output(input)).toEqual([
      `Error: conflict: unable to delete ${short(lone)} (must be forced) - image is being used by stopped container ${ctrShort(stopped)}`,
    ]);
    expect(conflictOf(input).severity).toBe('soft');
  });

  it('deletes with force despite a stopped container and keeps no dangling record', () => {
    const input = planned(
      only(plan(inventoryOf([lone], [stopped]), [short(lone)], { force: true })),
    );

    expect(output(input)).toEqual(['Untagged: lone:latest', `Deleted: ${id(lone)}`]);
    expect(input.keptDangling).toBeNull();
    expect(input.forced).toBe(true);
  });

  it('checks a stopped container before several names', () => {
    const ctr = container({ id: 'stopped-bash', from: bash, status: 'STOPPED' });
    const input = only(plan(inventoryOf([bash], [ctr]), [short(bash)]));

    expect(conflictOf(input).reason).toBe('stopped-container');
  });

  it('refuses several names without force', () => {
    const input = only(plan(inventoryOf([bash]), [short(bash)]));

    expect(output(input)).toEqual([
      `Error: conflict: unable to delete ${short(bash)} (must be forced) - image is referenced in multiple repositories`,
    ]);
    expect(conflictOf(input).references).toEqual(['bar:latest', 'bash:latest']);
  });

  it('refuses two tags of one repository without force', () => {
    const tags = image({ id: 'tags', names: ['app:v1', 'app:v2'] });
    const input = only(plan(inventoryOf([tags]), [id(tags)]));

    expect(conflictOf(input).reason).toBe('multiple-references');
  });

  it('deletes a tag and its own digest record without force', () => {
    const tagged = image({ id: digestD, names: ['app:v1', `app@${digestD}`] });
    const input = planned(only(plan(inventoryOf([tagged]), [digestD])));

    expect(output(input)).toEqual([
      'Untagged: app:v1',
      `Untagged: app@${digestD}`,
      `Deleted: ${digestD}`,
    ]);
    expect(input.forced).toBe(false);
  });

  it('deletes a tag and its tagged digest record without force', () => {
    const tagged = image({ id: digestD, names: ['app:v1', `app:v1@${digestD}`] });
    const input = planned(only(plan(inventoryOf([tagged]), [digestD])));

    expect(output(input)).toEqual([
      'Untagged: app:v1',
      `Untagged: app:v1@${digestD}`,
      `Deleted: ${digestD}`,
    ]);
  });

  it('untags every name in name order with force, then deletes', () => {
    const input = planned(only(plan(inventoryOf([bash]), [short(bash)], { force: true })));

    expect(output(input)).toEqual([
      'Untagged: bar:latest',
      'Untagged: bash:latest',
      `Deleted: ${id(bash)}`,
    ]);
    expect(input.actions.map((action) => action.kind === 'delete-record' && action.sync)).toEqual([
      false,
      true,
    ]);
    expect(input.mode).toBe('id');
    expect(input.forced).toBe(true);
    expect(input.untagged).toEqual(['bar:latest', 'bash:latest']);
  });

  it('prints only Deleted for a dangling image', () => {
    const dangling = image({ id: 'dangling', dangling: true });
    const input = planned(only(plan(inventoryOf([dangling]), [short(dangling)])));

    expect(output(input)).toEqual([`Deleted: ${id(dangling)}`]);
  });

  it('deletes a dangling image named by its dangling record', () => {
    const dangling = image({ id: 'dangling', dangling: true });
    const input = only(plan(inventoryOf([dangling]), [`moby-dangling@${id(dangling)}`]));

    expect(output(input)).toEqual([`Deleted: ${id(dangling)}`]);
  });

  it('treats a dangling record name as the ID of its image', () => {
    const dangling = image({ id: 'dangling', dangling: true });
    const ctr = container({ id: 'c', image: 'gone', from: dangling, status: 'CREATED' });
    const inventory = inventoryOf([dangling], [ctr]);
    const name = `moby-dangling@${id(dangling)}`;

    expect(output(only(plan(inventory, [name])))).toEqual([
      `Error: conflict: unable to delete ${short(dangling)} (must be forced) - image is being used by stopped container ${ctrShort(ctr)}`,
    ]);
    expect(output(only(plan(inventory, [name], { force: true })))).toEqual([
      `Deleted: ${id(dangling)}`,
    ]);
  });

  it('checks a running container before several names', () => {
    const ctr = container({ id: 'running-bash', from: bash });
    const input = only(plan(inventoryOf([bash], [ctr]), [short(bash)]));

    expect(conflictOf(input).reason).toBe('running-container');
  });

  it('refuses an ambiguous prefix', () => {
    const one = image({ id: 'sha256:1234' + '0'.repeat(60), names: ['one'] });
    const two = image({ id: 'sha256:1234' + '1'.repeat(60), names: ['two'] });
    const input = only(plan(inventoryOf([one, two]), ['1234'], { force: true }));

    expect(output(input)).toEqual(['Error: ambiguous reference']);
    expect(errorOf(input).kind).toBe('not-found');
  });
});

describe('planRemoval parents', () => {
  const base = image({ id: 'base', names: ['base'], layers: ['l1'] });
  const step1 = image({ id: 'step1', dangling: true, layers: ['l1', 'l2'] });
  const step2 = image({ id: 'step2', dangling: true, layers: ['l1', 'l2', 'l3'] });
  const app = image({ id: 'app', names: ['app'], layers: ['l1', 'l2', 'l3', 'l4'] });
  const inventory = inventoryOf([base, step1, step2, app]);

  it('prunes dangling parents nearest first and stops at a tagged one', () => {
    const input = planned(only(plan(inventory, ['app'])));

    expect(output(input)).toEqual([
      'Untagged: app:latest',
      `Deleted: ${id(app)}`,
      `Deleted: ${id(step2)}`,
      `Deleted: ${id(step1)}`,
    ]);
    expect(input.deleted).toEqual([id(app), id(step2), id(step1)]);
    expect(input.pruned).toEqual([id(step2), id(step1)]);
    expect(input.freedBytes).toBe(1_000_000 * 3 + 1_500 * 3);
  });

  it('keeps parents with no-prune', () => {
    const input = planned(only(plan(inventory, ['app'], { prune: false })));

    expect(output(input)).toEqual(['Untagged: app:latest', `Deleted: ${id(app)}`]);
    expect(input.pruned).toEqual([]);
  });

  it('keeps a parent a container uses and everything behind it', () => {
    const ctr = container({ id: 'c', image: 'gone', from: step2, status: 'STOPPED' });
    const input = planned(only(plan(inventoryOf([base, step1, step2, app], [ctr]), ['app'])));

    expect(input.pruned).toEqual([]);
  });

  it('prunes nothing when only names go', () => {
    const tagged = image({ id: 'app', names: ['app', 'app:v2'], layers: ['l1', 'l2', 'l3', 'l4'] });
    const input = planned(only(plan(inventoryOf([step1, step2, tagged]), ['app'])));

    expect(input.pruned).toEqual([]);
  });

  it('deletes a base by ID without touching its child', () => {
    const result = plan(inventory, [short(base)]);

    expect(output(only(result))).toEqual(['Untagged: base:latest', `Deleted: ${id(base)}`]);
    expect(remainingNames(inventory, result)).toEqual([
      'docker.io/library/app:latest',
      `moby-dangling@${id(step1)}`,
      `moby-dangling@${id(step2)}`,
    ]);
  });

  it('prunes parents of an image deleted by ID', () => {
    const input = planned(only(plan(inventory, [id(app)])));

    expect(input.pruned).toEqual([id(step2), id(step1)]);
  });

  it('frees no layer that a remaining image shares', () => {
    const input = planned(only(plan(inventory, ['app'], { prune: false })));

    expect(input.freedBytes).toBe(1_000_000 + 1_500);
  });
});

describe('planRemoval with several inputs', () => {
  const bash = image({ id: 'bash', names: ['bash', 'bar'] });
  const running = container({ id: 'running', from: bash });

  it('plans each input on the effect of the ones before', () => {
    const result = plan(inventoryOf([bash], [running]), ['bash', 'bar']);

    expect(result.inputs.map(output)).toEqual([
      ['Untagged: bash:latest'],
      [
        `Error: conflict: unable to delete bar:latest (must be forced) - container ${ctrShort(running)} is using its referenced image ${short(bash)}`,
      ],
    ]);
  });

  it('keeps going after a failed input', () => {
    const lone = image({ id: 'lone', names: ['lone'] });
    const result = plan(inventoryOf([lone]), ['missing', 'lone', 'lone']);

    expect(result.inputs.map(output)).toEqual([
      ['Error: No such image: missing:latest'],
      ['Untagged: lone:latest', `Deleted: ${id(lone)}`],
      ['Error: No such image: lone:latest'],
    ]);
  });

  it('sums the freed bytes of every input', () => {
    const one = image({ id: 'one', names: ['one'], layers: ['a'] });
    const two = image({ id: 'two', names: ['two'], layers: ['b'] });
    const result = plan(inventoryOf([one, two]), ['one', 'two']);

    expect(result.freedBytes).toBe(one.content.size + two.content.size);
  });

  it('frees a shared layer only with the last image that holds it', () => {
    const one = image({ id: 'one', names: ['one'], layers: ['shared', 'a'] });
    const two = image({ id: 'two', names: ['two'], layers: ['shared', 'b'] });
    const result = plan(inventoryOf([one, two]), ['one', 'two'], { prune: false });
    const [first, second] = result.inputs.map(planned);

    expect(first?.freedBytes).toBe(1_000_000 + 1_500);
    expect(second?.freedBytes).toBe(2_000_000 + 1_500);
  });
});

describe('planRemoval fingerprint', () => {
  const bash = image({ id: 'bash', names: ['bash', 'bar'] });
  const lone = image({ id: 'lone', names: ['lone'] });
  const stopped = container({ id: 'stopped', from: lone, status: 'STOPPED' });
  const inventory = inventoryOf([bash, lone], [stopped]);
  const base = plan(inventory, ['bash', short(lone)], { force: true });

  it('is a sha256 hex digest', () => {
    expect(base.fingerprint).toMatch(/^[0-9a-f]{64}$/);
  });

  it('is the same for the same decision read at another time', () => {
    const later = plan(
      { ...inventory, readAt: '2027-01-01T00:00:00.000Z' },
      ['bash', short(lone)],
      {
        force: true,
      },
    );

    expect(later.fingerprint).toBe(base.fingerprint);
    expect(later.basedOn).not.toBe(base.basedOn);
  });

  it.each([
    ['force', () => plan(inventory, ['bash', short(lone)], { force: false })],
    ['prune', () => plan(inventory, ['bash', short(lone)], { force: true, prune: false })],
    ['inputs', () => plan(inventory, ['bar', short(lone)], { force: true })],
    ['input order', () => plan(inventory, [short(lone), 'bash'], { force: true })],
    [
      'a new tag',
      () =>
        plan(
          inventoryOf([bash, image({ id: 'lone', names: ['lone', 'lone:v2'] })], [stopped]),
          ['bash', short(lone)],
          { force: true },
        ),
    ],
    [
      'a container that started',
      () =>
        plan(
          inventoryOf([bash, lone], [{ ...stopped, status: 'RUNNING' }]),
          ['bash', short(lone)],
          {
            force: true,
          },
        ),
    ],
    [
      'another stopped container',
      () =>
        plan(
          inventoryOf(
            [bash, lone],
            [stopped, container({ id: 'more', from: lone, status: 'STOPPED' })],
          ),
          ['bash', short(lone)],
          { force: true },
        ),
    ],
    [
      'a namespace',
      () => plan({ ...inventory, namespace: 'other' }, ['bash', short(lone)], { force: true }),
    ],
  ])('changes with %s', (_, replan) => {
    expect(replan().fingerprint).not.toBe(base.fingerprint);
  });
});

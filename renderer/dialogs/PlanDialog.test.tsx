import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import type { Conflict } from '../../electron/ipc/contract.js';
import { ApiError } from '../api/ApiError.js';
import { FakeApi } from '../testing/FakeApi.js';
import { fingerprint, imageIdOf, imageRow, planOf, plannedInput } from '../testing/fixtures.js';
import { renderApp, type RenderedApp } from '../testing/renderApp.js';

const bash = 'docker.io/library/bash:latest';

function apiWithPlan(): FakeApi {
  const api = new FakeApi();
  api.imageRows = [imageRow('bash:latest', 'a'), imageRow('alpine:3.20', 'b')];
  api.planFor = (request) =>
    planOf(request, [
      plannedInput(bash, 'a', {
        untagged: ['bash:latest'],
        deleted: [imageIdOf('a'), imageIdOf('9')],
        pruned: [imageIdOf('9')],
        freedBytes: 24_800_000,
      }),
    ]);
  api.removeResult = {
    inputs: [
      {
        kind: 'done',
        input: bash,
        lines: [
          { kind: 'untagged', value: 'bash:latest' },
          { kind: 'deleted', value: imageIdOf('a') },
          { kind: 'deleted', value: imageIdOf('9') },
        ],
        freedBytes: 24_800_000,
      },
    ],
    freedBytes: 24_800_000,
    exitStatus: 0,
  };
  return api;
}

async function openPlan(app: RenderedApp): Promise<HTMLElement> {
  await app.user.click(screen.getByRole('checkbox', { name: 'Select bash:latest' }));
  await app.user.click(screen.getByRole('button', { name: 'Delete' }));
  return screen.findByRole('dialog', { name: 'Confirm delete' });
}

describe('PlanDialog', () => {
  it('lists the names, images, parents and bytes', async () => {
    const dialog = await openPlan(await renderApp(apiWithPlan()));

    const untag = within(dialog).getByRole('region', { name: 'Names to untag' });
    expect(within(untag).getByRole('listitem')).toHaveTextContent('bash:latest');
    const images = within(dialog).getByRole('region', { name: 'Images to delete' });
    expect(within(images).getByRole('listitem')).toHaveTextContent('aaaaaaaaaaaa');
    const parents = within(dialog).getByRole('region', { name: 'Parents to prune' });
    expect(within(parents).getByRole('listitem')).toHaveTextContent('999999999999');
    expect(dialog).toHaveTextContent('The content store frees 24.8 MB.');
  });

  it('lists the dangling records kept for containers', async () => {
    const app = await renderApp(apiWithPlan());
    const kept = `moby-dangling@${imageIdOf('a')}`;
    app.api.planFor = (request) =>
      planOf(request, [plannedInput(bash, 'a', { deleted: [], keptDangling: kept })]);
    const dialog = await openPlan(app);

    const region = within(dialog).getByRole('region', {
      name: 'Kept as dangling images for their containers',
    });
    expect(within(region).getByTitle(kept)).toHaveTextContent('moby-dangling@sha256:aaaaaaaaaaaa…');
    expect(within(dialog).queryByRole('region', { name: 'Images to delete' })).toBeNull();
  });

  it('plans the selected row by name with the switches', async () => {
    const app = await renderApp(apiWithPlan());
    await openPlan(app);

    expect(app.api.callsOf('images.plan')[0]?.args).toEqual([
      { inputs: [bash], force: false, prune: true },
    ]);
    expect(app.api.callsOf('images.remove')).toHaveLength(0);
  });

  it('passes Prune off to the plan', async () => {
    const app = await renderApp(apiWithPlan());
    await app.user.click(screen.getByRole('switch', { name: 'Prune' }));
    await openPlan(app);

    expect(app.api.callsOf('images.plan')[0]?.args).toEqual([
      { inputs: [bash], force: false, prune: false },
    ]);
  });

  it('removes with the fingerprint on confirm', async () => {
    const app = await renderApp(apiWithPlan());
    const dialog = await openPlan(app);
    const listCalls = app.api.callsOf('images.list').length;

    await app.user.click(within(dialog).getByRole('button', { name: 'Delete' }));

    expect(app.api.callsOf('images.remove')[0]?.args).toEqual([
      { inputs: [bash], force: false, prune: true, confirmed: fingerprint },
    ]);
    await screen.findByRole('dialog', { name: 'Delete finished' });
    expect(app.api.callsOf('images.list').length).toBe(listCalls + 1);
    expect(app.api.callsOf('containers.list').length).toBeGreaterThan(1);
  });

  it('shows the result lines and bytes freed', async () => {
    const app = await renderApp(apiWithPlan());
    app.api.imageRows = [imageRow('alpine:3.20', 'b')];
    await app.user.click(within(await openPlan(app)).getByRole('button', { name: 'Delete' }));

    const result = await screen.findByRole('dialog', { name: 'Delete finished' });
    const lines = within(within(result).getByRole('list', { name: 'Result' })).getAllByRole(
      'listitem',
    );
    expect(lines.map((line) => line.textContent)).toEqual([
      'Untagged: bash:latest',
      `Deleted: ${imageIdOf('a')}`,
      `Deleted: ${imageIdOf('9')}`,
    ]);
    expect(result).toHaveTextContent('Freed 24.8 MB.');
    expect(within(result).getByRole('button', { name: 'Close' })).toHaveFocus();
    expect(screen.queryByRole('row', { name: 'bash:latest' })).toBeNull();

    await app.user.click(within(result).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('shows failed inputs as Error lines', async () => {
    const app = await renderApp(apiWithPlan());
    app.api.removeResult = {
      inputs: [
        {
          kind: 'failed',
          input: bash,
          error: { kind: 'conflict', message: 'the image changed since the plan was made' },
          lines: [{ kind: 'untagged', value: 'bash:latest' }],
        },
      ],
      freedBytes: 0,
      exitStatus: 1,
    };
    await app.user.click(within(await openPlan(app)).getByRole('button', { name: 'Delete' }));

    const result = await screen.findByRole('dialog', { name: 'Delete finished with errors' });
    const lines = within(result).getAllByRole('listitem');
    expect(lines.map((line) => line.textContent)).toEqual([
      'Untagged: bash:latest',
      'Error: the image changed since the plan was made',
    ]);
    expect(result).toHaveTextContent('Freed 0 B.');
  });

  it('changes nothing on Cancel', async () => {
    const app = await renderApp(apiWithPlan());
    const dialog = await openPlan(app);

    await app.user.click(within(dialog).getByRole('button', { name: 'Cancel' }));

    expect(screen.queryByRole('dialog')).toBeNull();
    expect(app.api.callsOf('images.remove')).toHaveLength(0);
    expect(screen.getByRole('button', { name: 'Delete' })).toHaveFocus();
  });

  it('opens with focus on Cancel', async () => {
    const dialog = await openPlan(await renderApp(apiWithPlan()));

    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    expect(dialog).toHaveAttribute('aria-modal', 'true');
  });

  it('closes on Escape without removing', async () => {
    const app = await renderApp(apiWithPlan());
    await openPlan(app);

    await app.user.keyboard('{Escape}');

    expect(screen.queryByRole('dialog')).toBeNull();
    expect(app.api.callsOf('images.remove')).toHaveLength(0);
  });

  it('keeps Tab inside the dialog', async () => {
    const app = await renderApp(apiWithPlan());
    const dialog = await openPlan(app);
    const cancel = within(dialog).getByRole('button', { name: 'Cancel' });
    const confirm = within(dialog).getByRole('button', { name: 'Delete' });

    await app.user.tab();
    expect(confirm).toHaveFocus();
    await app.user.tab();
    expect(cancel).toHaveFocus();
    await app.user.tab({ shift: true });
    expect(confirm).toHaveFocus();
  });

  it('makes the window behind the dialog inert', async () => {
    const app = await renderApp(apiWithPlan());
    await openPlan(app);

    expect(screen.getByRole('banner', { hidden: true }).closest('[inert]')).not.toBeNull();
  });

  it('deletes by image ID from the row menu', async () => {
    const app = await renderApp(apiWithPlan());

    await app.user.click(screen.getByRole('button', { name: 'Actions for alpine:3.20' }));
    await app.user.click(screen.getByRole('menuitem', { name: 'Delete image by ID' }));

    await screen.findByRole('dialog', { name: 'Confirm delete' });
    expect(app.api.callsOf('images.plan')[0]?.args).toEqual([
      { inputs: [imageIdOf('b')], force: false, prune: true },
    ]);
  });

  it('deletes one name from the row menu', async () => {
    const app = await renderApp(apiWithPlan());

    await app.user.click(screen.getByRole('button', { name: 'Actions for alpine:3.20' }));
    await app.user.click(screen.getByRole('menuitem', { name: 'Delete' }));

    await screen.findByRole('dialog', { name: 'Confirm delete' });
    expect(app.api.callsOf('images.plan')[0]?.args).toEqual([
      { inputs: ['docker.io/library/alpine:3.20'], force: false, prune: true },
    ]);
  });

  it('lists rejected inputs apart from the plan', async () => {
    const app = await renderApp(apiWithPlan());
    const hard: Conflict = {
      severity: 'hard',
      reason: 'running-container',
      message:
        'conflict: unable to delete bbbbbbbbbbbb (cannot be forced) - image is being used by running container 222222222222',
      imageId: imageIdOf('b'),
      containers: [{ id: '2'.repeat(64), status: 'RUNNING', running: true, image: 'alpine:3.20' }],
      references: [],
    };
    app.api.planFor = (request) =>
      planOf(request, [
        plannedInput(bash, 'a', { untagged: ['bash:latest'] }),
        { kind: 'conflict', input: imageIdOf('b'), conflict: hard },
        {
          kind: 'failed',
          input: 'gone:1',
          error: { kind: 'not-found', message: 'No such image: gone:1' },
        },
      ]);
    const dialog = await openPlan(app);

    const rejected = within(dialog).getByRole('region', { name: 'Not deleted' });
    expect(rejected).toHaveTextContent(`Error: ${hard.message}`);
    expect(rejected).toHaveTextContent('Error: No such image: gone:1');
    expect(rejected).toHaveTextContent('cannot be deleted by ID, even with force');
    expect(within(dialog).getByRole('region', { name: 'Names to untag' })).toHaveTextContent(
      'bash:latest',
    );
  });

  it('shows a failed plan with its kind', async () => {
    const app = await renderApp(apiWithPlan());
    app.api.failures.set('images.plan', new ApiError('unavailable', 'containerd went away'));
    await app.user.click(screen.getByRole('checkbox', { name: 'Select bash:latest' }));
    await app.user.click(screen.getByRole('button', { name: 'Delete' }));

    const dialog = await screen.findByRole('dialog', { name: 'Planning the delete failed' });
    expect(dialog).toHaveTextContent('Unavailable: containerd went away');
    expect(dialog).toHaveTextContent('Nothing was removed.');
  });

  it('shows a failed removal and reloads', async () => {
    const app = await renderApp(apiWithPlan());
    const dialog = await openPlan(app);
    app.api.failures.set(
      'images.remove',
      new ApiError('conflict', 'the namespace changed since the plan was made: plan again'),
    );
    const listCalls = app.api.callsOf('images.list').length;

    await app.user.click(within(dialog).getByRole('button', { name: 'Delete' }));

    const failed = await screen.findByRole('dialog', { name: 'Delete failed' });
    expect(failed).toHaveTextContent(
      'Conflict: the namespace changed since the plan was made: plan again',
    );
    await waitFor(() => {
      expect(app.api.callsOf('images.list').length).toBe(listCalls + 1);
    });
  });

  const stalePlan =
    'The images changed since you confirmed the removal, so nothing was removed. ' +
    'Review the new plan and confirm it again.';
  const softConflict: Conflict = {
    severity: 'soft',
    reason: 'stopped-container',
    message: 'conflict: unable to delete bbbbbbbbbbbb (must be forced)',
    imageId: imageIdOf('b'),
    containers: [],
    references: [],
  };
  const hardConflict: Conflict = { ...softConflict, severity: 'hard', reason: 'running-container' };
  const newPlans = [
    { dialog: 'Confirm delete', inputs: [plannedInput(bash, 'b')] },
    {
      dialog: 'Delete needs force',
      inputs: [{ kind: 'conflict', input: bash, conflict: softConflict }],
    },
    {
      dialog: 'Cannot delete',
      inputs: [{ kind: 'conflict', input: bash, conflict: hardConflict }],
    },
  ] as const;

  it.each(newPlans)('reviews a changed plan in $dialog', async ({ dialog: name, inputs }) => {
    const app = await renderApp(apiWithPlan());
    const dialog = await openPlan(app);
    app.api.failures.set('images.remove', new ApiError('conflict', stalePlan));
    await app.user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    const failed = await screen.findByRole('dialog', { name: 'Delete failed' });
    app.api.planFor = (request) => planOf(request, inputs);

    await app.user.click(within(failed).getByRole('button', { name: 'Review the new plan' }));

    expect(await screen.findByRole('dialog', { name })).toBeInTheDocument();
    expect(app.api.callsOf('images.plan')).toHaveLength(2);
    expect(app.api.callsOf('images.plan')[1]?.args).toEqual(
      app.api.callsOf('images.plan')[0]?.args,
    );
  });

  it('offers no review for other failures', async () => {
    const app = await renderApp(apiWithPlan());
    const dialog = await openPlan(app);
    app.api.failures.set('images.remove', new ApiError('internal', 'the main process failed'));

    await app.user.click(within(dialog).getByRole('button', { name: 'Delete' }));

    const failed = await screen.findByRole('dialog', { name: 'Delete failed' });
    expect(within(failed).queryByRole('button', { name: 'Review the new plan' })).toBeNull();
  });

  it('names the namespace in each dialog', async () => {
    const app = await renderApp(apiWithPlan());
    await app.stores.selectNamespace('k8s.io');
    const dialog = await openPlan(app);
    expect(dialog).toHaveTextContent('Delete in namespace k8s.io:');

    await app.user.click(within(dialog).getByRole('button', { name: 'Delete' }));

    const result = await screen.findByRole('dialog', { name: 'Delete finished' });
    expect(result).toHaveTextContent('Delete in namespace k8s.io:');
  });
});

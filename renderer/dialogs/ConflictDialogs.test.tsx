import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import type { Conflict, InputPlan, RemovalRequest } from '../../electron/ipc/contract.js';
import { FakeApi } from '../testing/FakeApi.js';
import {
  containerRef,
  containerRow,
  imageIdOf,
  imageRow,
  planOf,
  plannedInput,
} from '../testing/fixtures.js';
import { renderApp, type RenderedApp } from '../testing/renderApp.js';

const stoppedId = '1'.repeat(64);
const runningId = '2'.repeat(64);

const stoppedConflict: Conflict = {
  severity: 'soft',
  reason: 'stopped-container',
  message:
    'conflict: unable to delete aaaaaaaaaaaa (must be forced) - image is being used by stopped container 111111111111',
  imageId: imageIdOf('a'),
  containers: [containerRef(stoppedId, false)],
  references: [],
};

const runningConflict: Conflict = {
  severity: 'hard',
  reason: 'running-container',
  message:
    'conflict: unable to delete aaaaaaaaaaaa (cannot be forced) - image is being used by running container 222222222222',
  imageId: imageIdOf('a'),
  containers: [containerRef(runningId, true)],
  references: [],
};

/** Builds a FakeApi whose unforced plan is `unforced` and whose forced plan deletes image a. */
function apiWithConflict(unforced: readonly InputPlan[]): FakeApi {
  const api = new FakeApi();
  api.imageRows = [
    imageRow('bash:latest', 'a', { containers: [containerRef(stoppedId, false)] }),
    imageRow('alpine:3.20', 'b'),
  ];
  api.containerRows = [
    containerRow(stoppedId, { name: 'old-job' }),
    containerRow(runningId, { name: 'web', status: 'RUNNING', running: true }),
  ];
  api.planFor = (request: RemovalRequest) =>
    request.force
      ? planOf(request, [
          plannedInput(imageIdOf('a'), 'a', {
            mode: 'id',
            untagged: ['bash:latest'],
            forced: true,
          }),
        ])
      : planOf(request, unforced);
  return api;
}

async function deleteById(app: RenderedApp, label: string): Promise<void> {
  await app.user.click(screen.getByRole('button', { name: `Actions for ${label}` }));
  await app.user.click(screen.getByRole('menuitem', { name: 'Delete image by ID' }));
}

describe('SoftConflictDialog', () => {
  it('says why in plain words with the exact message', async () => {
    const app = await renderApp(
      apiWithConflict([{ kind: 'conflict', input: imageIdOf('a'), conflict: stoppedConflict }]),
    );
    await deleteById(app, 'bash:latest');

    const dialog = await screen.findByRole('dialog', { name: 'Delete needs force' });
    expect(dialog).toHaveTextContent('The stopped container old-job uses image aaaaaaaaaaaa.');
    expect(dialog).toHaveTextContent(`Error: ${stoppedConflict.message}`);
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    expect(app.api.callsOf('images.remove')).toHaveLength(0);
  });

  it('names an image deleted by ID by its short ID', async () => {
    const app = await renderApp(
      apiWithConflict([{ kind: 'conflict', input: imageIdOf('a'), conflict: stoppedConflict }]),
    );
    await deleteById(app, 'bash:latest');

    const dialog = await screen.findByRole('dialog', { name: 'Delete needs force' });
    expect(within(dialog).getByText('aaaaaaaaaaaa', { selector: 'strong' })).toBeInTheDocument();
    expect(dialog).not.toHaveTextContent(imageIdOf('a'));
  });

  it('names the namespace', async () => {
    const app = await renderApp(
      apiWithConflict([{ kind: 'conflict', input: imageIdOf('a'), conflict: stoppedConflict }]),
    );
    await deleteById(app, 'bash:latest');

    const dialog = await screen.findByRole('dialog', { name: 'Delete needs force' });
    expect(dialog).toHaveTextContent('Delete in namespace default:');
    await app.user.click(within(dialog).getByRole('button', { name: 'Delete anyway (force)' }));
    const forced = await screen.findByRole('dialog', { name: 'Confirm forced delete' });
    expect(forced).toHaveTextContent('Forced delete in namespace default:');
  });

  it('names the other references', async () => {
    const conflict: Conflict = {
      severity: 'soft',
      reason: 'multiple-references',
      message:
        'conflict: unable to delete aaaaaaaaaaaa (must be forced) - image is referenced in multiple repositories',
      imageId: imageIdOf('a'),
      containers: [],
      references: ['bash:latest', 'me/bash:v1'],
    };
    const app = await renderApp(
      apiWithConflict([{ kind: 'conflict', input: imageIdOf('a'), conflict }]),
    );
    await deleteById(app, 'bash:latest');

    const dialog = await screen.findByRole('dialog', { name: 'Delete needs force' });
    expect(dialog).toHaveTextContent('has other names: bash:latest and me/bash:v1');
  });

  it('forces, confirms the forced plan, then removes with force', async () => {
    const app = await renderApp(
      apiWithConflict([{ kind: 'conflict', input: imageIdOf('a'), conflict: stoppedConflict }]),
    );
    await deleteById(app, 'bash:latest');
    const conflict = await screen.findByRole('dialog', { name: 'Delete needs force' });

    await app.user.click(within(conflict).getByRole('button', { name: 'Delete anyway (force)' }));

    const forced = await screen.findByRole('dialog', { name: 'Confirm forced delete' });
    expect(app.api.callsOf('images.plan').map((call) => call.args)).toEqual([
      [{ inputs: [imageIdOf('a')], force: false, prune: true }],
      [{ inputs: [imageIdOf('a')], force: true, prune: true }],
    ]);
    expect(forced).toHaveTextContent('This is a forced delete');
    expect(
      within(forced).getByRole('region', { name: 'Force overrides these conflicts' }),
    ).toHaveTextContent(stoppedConflict.message);
    expect(within(forced).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    expect(app.api.callsOf('images.remove')).toHaveLength(0);

    await app.user.click(within(forced).getByRole('button', { name: 'Force delete' }));

    expect(app.api.callsOf('images.remove')[0]?.args).toEqual([
      { inputs: [imageIdOf('a')], force: true, prune: true, confirmed: 'e'.repeat(64) },
    ]);
    await screen.findByRole('dialog', { name: 'Delete finished' });
  });

  it('changes nothing when the forced plan is cancelled', async () => {
    const app = await renderApp(
      apiWithConflict([{ kind: 'conflict', input: imageIdOf('a'), conflict: stoppedConflict }]),
    );
    await deleteById(app, 'bash:latest');
    const conflict = await screen.findByRole('dialog', { name: 'Delete needs force' });
    await app.user.click(within(conflict).getByRole('button', { name: 'Delete anyway (force)' }));
    await screen.findByRole('dialog', { name: 'Confirm forced delete' });

    await app.user.keyboard('{Escape}');

    expect(screen.queryByRole('dialog')).toBeNull();
    expect(app.api.callsOf('images.remove')).toHaveLength(0);
  });

  it('closes on Escape', async () => {
    const app = await renderApp(
      apiWithConflict([{ kind: 'conflict', input: imageIdOf('a'), conflict: stoppedConflict }]),
    );
    await deleteById(app, 'bash:latest');
    await screen.findByRole('dialog', { name: 'Delete needs force' });

    await app.user.keyboard('{Escape}');

    expect(screen.queryByRole('dialog')).toBeNull();
    expect(app.api.callsOf('images.plan')).toHaveLength(1);
  });

  it('skips the conflicts and confirms the rest', async () => {
    const app = await renderApp(
      apiWithConflict([
        { kind: 'conflict', input: imageIdOf('a'), conflict: stoppedConflict },
        plannedInput('docker.io/library/alpine:3.20', 'b', { untagged: ['alpine:3.20'] }),
      ]),
    );
    await deleteById(app, 'bash:latest');
    const conflict = await screen.findByRole('dialog', { name: 'Delete needs force' });
    expect(conflict).toHaveTextContent('1 other input needs no force.');

    await app.user.click(within(conflict).getByRole('button', { name: 'Skip and continue' }));

    const confirm = await screen.findByRole('dialog', { name: 'Confirm delete' });
    expect(within(confirm).getByRole('region', { name: 'Names to untag' })).toHaveTextContent(
      'alpine:3.20',
    );
    expect(within(confirm).getByRole('region', { name: 'Not deleted' })).toHaveTextContent(
      stoppedConflict.message,
    );
    expect(app.api.callsOf('images.plan')).toHaveLength(1);
  });

  it('keeps Tab inside across three buttons', async () => {
    const app = await renderApp(
      apiWithConflict([
        { kind: 'conflict', input: imageIdOf('a'), conflict: stoppedConflict },
        plannedInput('docker.io/library/alpine:3.20', 'b'),
      ]),
    );
    await deleteById(app, 'bash:latest');
    const dialog = await screen.findByRole('dialog', { name: 'Delete needs force' });

    await app.user.tab();
    await app.user.tab();
    expect(within(dialog).getByRole('button', { name: 'Delete anyway (force)' })).toHaveFocus();
    await app.user.tab();
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
  });
});

describe('RejectedDialog', () => {
  it('names the running container and offers no force', async () => {
    const app = await renderApp(
      apiWithConflict([{ kind: 'conflict', input: imageIdOf('a'), conflict: runningConflict }]),
    );
    await deleteById(app, 'bash:latest');

    const dialog = await screen.findByRole('dialog', { name: 'Cannot delete' });
    expect(dialog).toHaveTextContent('Delete in namespace default:');
    expect(dialog).toHaveTextContent('The running container web uses image aaaaaaaaaaaa.');
    expect(dialog).toHaveTextContent('cannot be deleted by ID, even with force');
    expect(dialog).toHaveTextContent(`Error: ${runningConflict.message}`);
    expect(within(dialog).queryByRole('button', { name: /force/i })).toBeNull();
    expect(
      within(dialog)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Close']);
    expect(within(dialog).getByRole('button', { name: 'Close' })).toHaveFocus();
  });

  it('closes on Escape without a call', async () => {
    const app = await renderApp(
      apiWithConflict([{ kind: 'conflict', input: imageIdOf('a'), conflict: runningConflict }]),
    );
    await deleteById(app, 'bash:latest');
    await screen.findByRole('dialog', { name: 'Cannot delete' });

    await app.user.keyboard('{Escape}');

    await waitFor(() => {
      expect(screen.queryByRole('dialog')).toBeNull();
    });
    expect(app.api.callsOf('images.remove')).toHaveLength(0);
    expect(app.api.callsOf('images.plan')).toHaveLength(1);
  });
});

describe('RejectedList', () => {
  it('shows a record name as its familiar name', async () => {
    const conflict: Conflict = {
      severity: 'soft',
      reason: 'container-uses-reference',
      message:
        'conflict: unable to delete bash:latest (must be forced) - container 111111111111 is using its referenced image aaaaaaaaaaaa',
      imageId: imageIdOf('a'),
      containers: [containerRef(stoppedId, false)],
      references: [],
    };
    const app = await renderApp(
      apiWithConflict([{ kind: 'conflict', input: 'docker.io/library/bash:latest', conflict }]),
    );
    await app.user.click(screen.getByRole('checkbox', { name: 'Select bash:latest' }));
    await app.user.click(screen.getByRole('button', { name: 'Delete' }));

    const dialog = await screen.findByRole('dialog', { name: 'Delete needs force' });
    expect(dialog).toHaveTextContent(
      'bash:latest is the last name of image aaaaaaaaaaaa, and the container old-job uses it.',
    );
    expect(within(dialog).getByTitle('docker.io/library/bash:latest')).toHaveTextContent(
      /^bash:latest$/,
    );
  });
});

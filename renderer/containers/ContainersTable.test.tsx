import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { FakeApi } from '../testing/FakeApi.js';
import { containerRow, minutesAgo } from '../testing/fixtures.js';
import { renderApp } from '../testing/renderApp.js';

function apiWithContainers(): FakeApi {
  const api = new FakeApi();
  api.containerRows = [
    containerRow('1'.repeat(64), { name: 'old-job', status: 'STOPPED' }),
    containerRow('2'.repeat(64), {
      name: 'web',
      status: 'RUNNING',
      running: true,
      image: 'docker.io/library/nginx:1.27',
      created: minutesAgo(5),
    }),
    containerRow('3'.repeat(64), { status: 'NONE', image: '' }),
    containerRow('4'.repeat(64), { name: 'fresh', status: 'CREATED' }),
  ];
  return api;
}

function rowsOf(): HTMLElement[] {
  const table = screen.getByRole('table', { name: 'Containers' });
  return within(table).getAllByRole('row').slice(1);
}

describe('ContainersTable', () => {
  it('lists running containers first', async () => {
    await renderApp(apiWithContainers());

    const names = rowsOf().map((row) => within(row).getAllByRole('cell')[0]?.textContent);
    expect(names).toEqual([
      'web222222222222',
      '333333333333',
      'fresh444444444444',
      'old-job111111111111',
    ]);
  });

  it('shows the image and when it was created', async () => {
    await renderApp(apiWithContainers());

    const cells = within(rowsOf()[0] ?? document.body).getAllByRole('cell');
    expect(cells[1]).toHaveTextContent('docker.io/library/nginx:1.27');
    expect(cells[3]).toHaveTextContent('5 minutes ago');
  });

  it('tells running, stopped and created apart', async () => {
    await renderApp(apiWithContainers());

    const states = rowsOf().map((row) => within(row).getAllByRole('cell')[2]?.firstElementChild);
    expect(states.map((badge) => badge?.textContent)).toEqual([
      'Running',
      'Created',
      'Created',
      'Stopped',
    ]);
    expect(states[0]).toHaveClass('badge-running');
    expect(states[2]).toHaveClass('badge-created');
    expect(states[3]).toHaveClass('badge-stopped');
  });

  it('says when the namespace has none', async () => {
    await renderApp();

    expect(screen.getByText('No containers in this namespace.')).toBeInTheDocument();
  });
});

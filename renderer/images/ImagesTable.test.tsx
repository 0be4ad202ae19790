import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { FakeApi } from '../testing/FakeApi.js';
import {
  containerRef,
  containerRow,
  danglingRow,
  imageRow,
  minutesAgo,
} from '../testing/fixtures.js';
import { renderApp } from '../testing/renderApp.js';

function apiWithImages(): FakeApi {
  const api = new FakeApi();
  api.imageRows = [
    imageRow('bash:latest', 'a', { created: minutesAgo(3), size: 24_800_000 }),
    imageRow('alpine:3.20', 'b', { created: minutesAgo(120), size: 3_620_000 }),
    imageRow('zeta/app:v1', 'c', {
      created: minutesAgo(60 * 24 * 3),
      size: 1_250_000_000,
      containers: [
        containerRef('c1'.padEnd(64, '1'), true),
        containerRef('c2'.padEnd(64, '2'), false),
      ],
    }),
    danglingRow('d', { created: minutesAgo(10), size: 900 }),
    danglingRow('e', { intermediate: true }),
  ];
  api.containerRows = [
    containerRow('c1'.padEnd(64, '1'), { name: 'web', status: 'RUNNING', running: true }),
    containerRow('c2'.padEnd(64, '2'), { name: 'old-job' }),
  ];
  return api;
}

function imagesTable(): HTMLElement {
  return screen.getByRole('table', { name: 'Images' });
}

function header(name: RegExp): HTMLElement {
  return within(imagesTable()).getByRole('columnheader', { name });
}

function bodyRowNames(): string[] {
  const rows = within(imagesTable()).getAllByRole('row').slice(1);
  return rows.map((row) => row.getAttribute('aria-label') ?? '');
}

describe('ImagesTable', () => {
  it('shows repository, tag, ID, created and size', async () => {
    await renderApp(apiWithImages());

    const row = screen.getByRole('row', { name: 'bash:latest' });
    const cells = within(row).getAllByRole('cell');
    expect(cells[1]).toHaveTextContent('bash');
    expect(cells[2]).toHaveTextContent('latest');
    expect(cells[3]).toHaveTextContent(/^aaaaaaaaaaaa$/);
    expect(cells[4]).toHaveTextContent('3 minutes ago');
    expect(cells[5]).toHaveTextContent('24.8 MB');
  });

  it('gives the created cell the full time as a title', async () => {
    const api = apiWithImages();
    await renderApp(api);

    const time = within(screen.getByRole('row', { name: 'bash:latest' })).getByText(
      '3 minutes ago',
    );
    const created = api.imageRows[0]?.created ?? '';
    expect(time).toHaveAttribute('title', new Date(created).toLocaleString());
    expect(time).toHaveAttribute('datetime', created);
  });

  it('clips a long tag with a title', async () => {
    const tag = `v${'a1b2c3d4e5'.repeat(20)}`.slice(0, 200);
    const api = new FakeApi();
    api.imageRows = [imageRow(`bash:${tag}`, 'a')];
    await renderApp(api);

    const row = screen.getByRole('row', { name: `bash:${tag}` });
    const tagText = within(row).getByText(tag);
    expect(tagText).toHaveClass('clip');
    expect(tagText).toHaveAttribute('title', tag);
    expect(within(row).getByRole('button', { name: `Actions for bash:${tag}` })).toBeVisible();
  });

  it('shows dangling images as <none>', async () => {
    await renderApp(apiWithImages());

    const row = screen.getByRole('row', { name: '<none> dddddddddddd' });
    const cells = within(row).getAllByRole('cell');
    expect(cells[1]).toHaveTextContent('<none>');
    expect(cells[2]).toHaveTextContent('<none>');
    expect(cells[5]).toHaveTextContent('900 B');
  });

  it('names running and stopped containers apart', async () => {
    await renderApp(apiWithImages());

    const row = screen.getByRole('row', { name: 'zeta/app:v1' });
    expect(within(row).getByText('Running: web')).toHaveClass('badge-running');
    expect(within(row).getByText('Stopped: old-job')).toHaveClass('badge-stopped');
  });

  it('hides intermediate images until toggled', async () => {
    const { user } = await renderApp(apiWithImages());

    expect(screen.queryByRole('row', { name: '<none> eeeeeeeeeeee' })).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: 'Show intermediate images' }));

    expect(screen.getByRole('row', { name: '<none> eeeeeeeeeeee' })).toBeInTheDocument();
  });

  it('counts the rows it shows', async () => {
    const { user } = await renderApp(apiWithImages());
    const heading = screen.getByRole('heading', { name: 'Images' });
    const count = (): string | null => heading.nextElementSibling?.textContent ?? null;

    expect(count()).toBe('4');
    await user.click(screen.getByRole('checkbox', { name: 'Show intermediate images' }));
    expect(count()).toBe('5');
    await user.type(screen.getByRole('searchbox', { name: 'Filter images' }), 'alpine');
    expect(count()).toBe('1');
  });

  it('sorts newest first by default', async () => {
    await renderApp(apiWithImages());

    expect(bodyRowNames()).toEqual([
      'bash:latest',
      '<none> dddddddddddd',
      'alpine:3.20',
      'zeta/app:v1',
    ]);
    expect(header(/Created/)).toHaveAttribute('aria-sort', 'descending');
  });

  it('sorts by a column on click and flips on a second click', async () => {
    const { user } = await renderApp(apiWithImages());
    const size = screen.getByRole('button', { name: /^Size/ });

    await user.click(size);
    expect(bodyRowNames()).toEqual([
      '<none> dddddddddddd',
      'alpine:3.20',
      'bash:latest',
      'zeta/app:v1',
    ]);
    expect(header(/Size/)).toHaveAttribute('aria-sort', 'ascending');
    expect(header(/Created/)).toHaveAttribute('aria-sort', 'none');

    await user.click(size);
    expect(bodyRowNames()[0]).toBe('zeta/app:v1');
    expect(header(/Size/)).toHaveAttribute('aria-sort', 'descending');
  });

  it('sorts from the keyboard', async () => {
    const { user } = await renderApp(apiWithImages());

    screen.getByRole('button', { name: /^Repository/ }).focus();
    await user.keyboard('{Enter}');

    expect(bodyRowNames()).toEqual([
      '<none> dddddddddddd',
      'alpine:3.20',
      'bash:latest',
      'zeta/app:v1',
    ]);
    expect(header(/Repository/)).toHaveAttribute('aria-sort', 'ascending');
  });

  it('filters by name, tag or ID', async () => {
    const { user } = await renderApp(apiWithImages());
    const filter = screen.getByRole('searchbox', { name: 'Filter images' });

    await user.type(filter, 'alp');
    expect(bodyRowNames()).toEqual(['alpine:3.20']);

    await user.clear(filter);
    await user.type(filter, 'cccccc');
    expect(bodyRowNames()).toEqual(['zeta/app:v1']);

    await user.clear(filter);
    await user.type(filter, 'nothing-like-this');
    expect(screen.getByText('No image matches the filter.')).toBeInTheDocument();
  });

  it('selects one row on a plain click', async () => {
    const { user, stores } = await renderApp(apiWithImages());

    await user.click(screen.getByRole('row', { name: 'bash:latest' }));
    await user.click(screen.getByRole('row', { name: 'alpine:3.20' }));

    expect([...stores.images.getState().selection]).toEqual(['docker.io/library/alpine:3.20']);
    expect(screen.getByRole('checkbox', { name: 'Select alpine:3.20' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Select bash:latest' })).not.toBeChecked();
  });

  it('adds to the selection on Ctrl-click', async () => {
    const { user } = await renderApp(apiWithImages());

    await user.click(screen.getByRole('row', { name: 'bash:latest' }));
    await user.keyboard('{Control>}');
    await user.click(screen.getByRole('row', { name: 'zeta/app:v1' }));
    await user.keyboard('{/Control}');

    expect(screen.getByRole('checkbox', { name: 'Select bash:latest' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Select zeta/app:v1' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Select alpine:3.20' })).not.toBeChecked();
  });

  it('selects a range on Shift-click', async () => {
    const { user } = await renderApp(apiWithImages());

    await user.click(screen.getByRole('row', { name: 'bash:latest' }));
    await user.keyboard('{Shift>}');
    await user.click(screen.getByRole('row', { name: 'alpine:3.20' }));
    await user.keyboard('{/Shift}');

    expect(screen.getByRole('checkbox', { name: 'Select bash:latest' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Select <none> dddddddddddd' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Select alpine:3.20' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Select zeta/app:v1' })).not.toBeChecked();
  });

  it('toggles rows with their checkboxes and selects all', async () => {
    const { user } = await renderApp(apiWithImages());

    await user.click(screen.getByRole('checkbox', { name: 'Select bash:latest' }));
    await user.click(screen.getByRole('checkbox', { name: 'Select alpine:3.20' }));
    expect(screen.getByText('2 selected')).toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: 'Select all images' }));
    expect(screen.getByText('4 selected')).toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: 'Select all images' }));
    expect(screen.getByRole('button', { name: 'Delete' })).toBeDisabled();
  });

  it('moves focus with the arrow keys and selects with Space', async () => {
    const { user } = await renderApp(apiWithImages());
    const first = screen.getByRole('row', { name: 'bash:latest' });

    first.focus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('row', { name: '<none> dddddddddddd' })).toHaveFocus();

    await user.keyboard('{ArrowDown}{ArrowUp}{ArrowDown}');
    expect(screen.getByRole('row', { name: 'alpine:3.20' })).toHaveFocus();

    await user.keyboard(' ');
    expect(screen.getByRole('checkbox', { name: 'Select alpine:3.20' })).toBeChecked();
    await user.keyboard('{End} ');
    expect(screen.getByRole('checkbox', { name: 'Select zeta/app:v1' })).toBeChecked();
    await user.keyboard(' ');
    expect(screen.getByRole('checkbox', { name: 'Select zeta/app:v1' })).not.toBeChecked();
  });

  it('keeps one row in the tab order', async () => {
    const { user } = await renderApp(apiWithImages());

    screen.getByRole('row', { name: 'bash:latest' }).focus();
    await user.keyboard('{ArrowDown}');

    const tabbable = within(imagesTable())
      .getAllByRole('row')
      .filter((row) => row.getAttribute('tabindex') === '0');
    expect(tabbable.map((row) => row.getAttribute('aria-label'))).toEqual(['<none> dddddddddddd']);
  });

  it('opens the row menu with Enter', async () => {
    const { user } = await renderApp(apiWithImages());

    screen.getByRole('row', { name: 'bash:latest' }).focus();
    await user.keyboard('{Enter}');

    const menu = screen.getByRole('menu', { name: 'Actions for bash:latest' });
    const items = within(menu).getAllByRole('menuitem');
    expect(items.map((item) => item.textContent)).toEqual(['Delete', 'Delete image by ID', 'Tag…']);
    expect(items[0]).toHaveFocus();

    await user.keyboard('{ArrowDown}');
    expect(items[1]).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(screen.getByRole('button', { name: 'Actions for bash:latest' })).toHaveFocus();
  });

  it('offers only delete by ID for a dangling row', async () => {
    const { user } = await renderApp(apiWithImages());

    await user.click(screen.getByRole('button', { name: 'Actions for <none> dddddddddddd' }));

    const items = within(screen.getByRole('menu')).getAllByRole('menuitem');
    expect(items.map((item) => item.textContent)).toEqual(['Delete image by ID', 'Tag…']);
  });

  it('starts a delete of the selection with the Delete key', async () => {
    const { user, api } = await renderApp(apiWithImages());

    await user.click(screen.getByRole('row', { name: 'bash:latest' }));
    await user.keyboard('{Shift>}{ArrowDown}{/Shift}');
    await user.keyboard('{Delete}');

    await waitFor(() => {
      expect(api.callsOf('images.plan')).toHaveLength(1);
    });
    expect(api.callsOf('images.plan')[0]?.args).toEqual([
      {
        inputs: ['docker.io/library/bash:latest', `sha256:${'d'.repeat(64)}`],
        force: false,
        prune: true,
      },
    ]);
  });

  it('shows a listing error with its kind', async () => {
    const api = apiWithImages();
    const { ApiError } = await import('../api/ApiError.js');
    api.failures.set('images.list', new ApiError('internal', 'reading the content store failed'));
    await renderApp(api);

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Listing images failed. Internal error: reading the content store failed',
    );
  });
});

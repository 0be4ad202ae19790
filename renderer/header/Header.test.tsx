import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { FakeApi } from '../testing/FakeApi.js';
import { connectedStatus, imageRow } from '../testing/fixtures.js';
import { renderApp } from '../testing/renderApp.js';

function disconnected(kind: 'unavailable' | 'permission-denied', message: string): FakeApi {
  const api = new FakeApi();
  api.status = connectedStatus({
    state: 'disconnected',
    version: null,
    error: { kind, message },
  });
  return api;
}

describe('Header', () => {
  it('shows the address, namespace and version when connected', async () => {
    await renderApp();

    expect(screen.getByText('/run/test/containerd.sock')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Namespace' })).toHaveValue('default');
    expect(screen.getByRole('status', { name: 'Connection' })).toHaveTextContent(
      'Connected to containerd 1.6.20',
    );
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('lists the namespaces', async () => {
    await renderApp();

    const picker = screen.getByRole('combobox', { name: 'Namespace' });
    const options = within(picker).getAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual(['default', 'k8s.io']);
  });

  it('explains a missing socket and offers Retry', async () => {
    const message =
      'containerd is not running at /run/test/containerd.sock: start it, or pass --address';
    await renderApp(disconnected('unavailable', message));

    const problem = screen.getByRole('alert');
    expect(within(problem).getByRole('heading', { name: 'Cannot reach containerd' })).toBeVisible();
    expect(problem).toHaveTextContent(`Unavailable: ${message}`);
    expect(within(problem).getByRole('button', { name: 'Retry' })).toBeEnabled();
    expect(screen.getByText('Disconnected')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Namespace' })).toBeDisabled();
  });

  it('explains a permission problem', async () => {
    const message = 'permission denied on /run/test/containerd.sock: run as root or join its group';
    await renderApp(disconnected('permission-denied', message));

    const problem = screen.getByRole('alert');
    expect(
      within(problem).getByRole('heading', { name: 'No permission to use containerd' }),
    ).toBeVisible();
    expect(problem).toHaveTextContent(message);
    expect(problem).not.toHaveTextContent('Permission denied:');
  });

  it('offers existing namespaces for a missing one', async () => {
    const api = new FakeApi();
    api.status = connectedStatus({
      namespace: 'nope',
      state: 'disconnected',
      version: null,
      error: {
        kind: 'not-found',
        message: 'containerd has no namespace nope (it has: default, k8s.io)',
      },
    });
    const { user } = await renderApp(api);

    const picker = screen.getByRole('combobox', { name: 'Namespace' });
    expect(picker).toBeEnabled();
    const options = within(picker).getAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual(['nope', 'default', 'k8s.io']);
    expect(screen.getByRole('heading', { name: 'Namespace not found' })).toBeVisible();

    api.status = connectedStatus({ namespace: 'nope' });
    api.imageRows = [imageRow('bash:latest', 'a')];
    await user.selectOptions(picker, 'default');

    expect(api.callsOf('namespaces.select')[0]?.args).toEqual(['default']);
    expect(await screen.findByRole('row', { name: 'bash:latest' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Namespace' })).toHaveValue('default');
  });

  it('loads no listings while disconnected', async () => {
    const { api } = await renderApp(disconnected('unavailable', 'not running'));

    expect(api.callsOf('images.list')).toHaveLength(0);
    expect(api.callsOf('containers.list')).toHaveLength(0);
  });

  it('reconnects and loads on Retry', async () => {
    const api = disconnected('unavailable', 'not running');
    const { user } = await renderApp(api);
    api.status = connectedStatus();
    api.imageRows = [imageRow('bash:latest', 'a')];

    await user.click(screen.getByRole('button', { name: 'Retry' }));

    expect(await screen.findByRole('row', { name: 'bash:latest' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('Connected to containerd 1.6.20')).toBeInTheDocument();
  });

  it('shows a failed status call as disconnected', async () => {
    const api = new FakeApi();
    const { ApiError } = await import('../api/ApiError.js');
    api.failures.set('connection.status', new ApiError('internal', 'the main process failed'));
    await renderApp(api);

    expect(screen.getByRole('alert')).toHaveTextContent('Internal error: the main process failed');
  });

  it('switches namespace and reloads the tables', async () => {
    const api = new FakeApi();
    api.imageRows = [imageRow('bash:latest', 'a')];
    const { user } = await renderApp(api);
    api.imageRows = [imageRow('pause:3.9', 'b')];

    await user.selectOptions(screen.getByRole('combobox', { name: 'Namespace' }), 'k8s.io');

    expect(api.callsOf('namespaces.select')[0]?.args).toEqual(['k8s.io']);
    expect(await screen.findByRole('row', { name: 'pause:3.9' })).toBeInTheDocument();
    expect(screen.queryByRole('row', { name: 'bash:latest' })).toBeNull();
    expect(screen.getByRole('combobox', { name: 'Namespace' })).toHaveValue('k8s.io');
  });

  it('shows a failed namespace switch', async () => {
    const api = new FakeApi();
    const { user } = await renderApp(api);
    const { ApiError } = await import('../api/ApiError.js');
    api.failures.set(
      'namespaces.select',
      new ApiError('invalid-argument', 'not a valid containerd namespace name'),
    );

    await user.selectOptions(screen.getByRole('combobox', { name: 'Namespace' }), 'k8s.io');

    await waitFor(() => {
      expect(screen.getByRole('alert')).toHaveTextContent(
        'Invalid argument: not a valid containerd namespace name',
      );
    });
    expect(screen.getByRole('combobox', { name: 'Namespace' })).toHaveValue('default');
  });

  it('refreshes on the Refresh button', async () => {
    const { user, api } = await renderApp();
    api.imageRows = [imageRow('bash:latest', 'a')];

    await user.click(screen.getByRole('button', { name: 'Refresh' }));

    expect(await screen.findByRole('row', { name: 'bash:latest' })).toBeInTheDocument();
  });

  it('says when the browser shell socket is down', async () => {
    const { stores } = await renderApp();

    act(() => {
      stores.connection.getState().setLink('closed');
    });
    expect(
      screen.getByText('Lost the connection to the Quayside server. Reconnecting…'),
    ).toBeVisible();

    act(() => {
      stores.connection.getState().setLink('open');
    });
    expect(screen.queryByText(/Lost the connection/)).toBeNull();
  });
});

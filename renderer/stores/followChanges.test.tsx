import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { ApiError } from '../api/ApiError.js';
import type { LinkState } from '../api/BridgeClient.js';
import { FakeApi } from '../testing/FakeApi.js';
import { connectedStatus, imageRow, planOf, plannedInput } from '../testing/fixtures.js';
import { renderApp } from '../testing/renderApp.js';
import { createStores, type Stores } from './createStores.js';
import { followChanges, reloadDelayMs, statusPollMs } from './followChanges.js';

const stoppedStatus = connectedStatus({
  state: 'disconnected',
  version: null,
  error: { kind: 'unavailable', message: 'containerd is not running at /run/test/containerd.sock' },
});

const request = { inputs: ['bash:latest'], force: false, prune: true };

/** Each call the window makes on containerd, and how a test makes the stores run it. */
const failingCalls = [
  {
    channel: 'images.list',
    run: (stores: Stores) => stores.images.getState().load(),
  },
  {
    channel: 'containers.list',
    run: (stores: Stores) => stores.containers.getState().load(),
  },
  {
    channel: 'images.plan',
    run: (stores: Stores) => stores.removal.getState().start(request),
  },
  {
    channel: 'images.remove',
    run: async (stores: Stores, api: FakeApi) => {
      api.planFor = (planned) => planOf(planned, [plannedInput('bash:latest', 'a')]);
      await stores.removal.getState().start(request);
      await stores.removal.getState().confirm();
    },
  },
  {
    channel: 'images.tag',
    run: async (stores: Stores) => {
      stores.tagging.getState().open('bash:latest');
      await stores.tagging.getState().submit('copy:1');
    },
  },
] as const;

const event = {
  topic: '/images/create',
  namespace: 'default',
  subject: 'docker.io/library/bash:latest',
  at: '2026-01-01T00:00:00.000Z',
};

afterEach(() => {
  vi.useRealTimers();
});

describe('followChanges', () => {
  it('reloads the tables after an event', async () => {
    const { api } = await renderApp();
    api.imageRows = [imageRow('bash:latest', 'a')];

    act(() => {
      api.emit(event);
    });

    expect(await screen.findByRole('row', { name: 'bash:latest' })).toBeInTheDocument();
  });

  it('reloads once for a burst of events', async () => {
    vi.useFakeTimers();
    const api = new FakeApi();
    const stores = createStores(api);
    const stop = followChanges(api, null, stores);

    for (let index = 0; index < 5; index += 1) {
      api.emit(event);
      await vi.advanceTimersByTimeAsync(reloadDelayMs / 5);
    }
    expect(api.callsOf('images.list')).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(reloadDelayMs);

    expect(api.callsOf('images.list')).toHaveLength(1);
    expect(api.callsOf('containers.list')).toHaveLength(1);
    stop();
  });

  it('stops reloading after unsubscribe', async () => {
    vi.useFakeTimers();
    const api = new FakeApi();
    const stores = createStores(api);
    const stop = followChanges(api, null, stores);

    stop();
    api.emit(event);
    await vi.advanceTimersByTimeAsync(reloadDelayMs * 2);

    expect(api.callsOf('images.list')).toHaveLength(0);
  });

  it('passes link states on and reloads after a reconnect', () => {
    const api = new FakeApi();
    const stores = createStores(api);
    let notify: (state: LinkState) => void = () => undefined;
    const link = {
      state: 'connecting' as LinkState,
      onChange: (listener: (state: LinkState) => void) => {
        notify = listener;
        return () => undefined;
      },
    };
    const stop = followChanges(api, link, stores);
    expect(stores.connection.getState().link).toBe('connecting');

    notify('open');
    expect(api.callsOf('connection.status')).toHaveLength(0);
    notify('closed');
    expect(stores.connection.getState().link).toBe('closed');
    notify('connecting');
    notify('open');

    expect(stores.connection.getState().link).toBe('open');
    expect(api.callsOf('connection.status')).toHaveLength(1);
    stop();
  });

  it.each(failingCalls)('rechecks the status when $channel is unavailable', async (call) => {
    const api = new FakeApi();
    const stores = createStores(api);
    await stores.refreshAll();
    api.status = stoppedStatus;
    api.failures.set(call.channel, new ApiError('unavailable', 'containerd is not running'));

    await call.run(stores, api);

    await vi.waitFor(() => {
      expect(stores.connection.getState().state).toBe('disconnected');
    });
    expect(api.callsOf('connection.status')).toHaveLength(2);
  });

  it('rechecks the status on permission denied', async () => {
    const api = new FakeApi();
    const stores = createStores(api);
    await stores.refreshAll();
    api.failures.set('images.list', new ApiError('permission-denied', 'permission denied'));

    await stores.images.getState().load();

    expect(api.callsOf('connection.status')).toHaveLength(2);
  });

  it('keeps the status on other failures', async () => {
    const api = new FakeApi();
    const stores = createStores(api);
    await stores.refreshAll();
    api.failures.set('images.tag', new ApiError('not-found', 'No such image: bash:latest'));

    stores.tagging.getState().open('bash:latest');
    await stores.tagging.getState().submit('copy:1');

    expect(api.callsOf('connection.status')).toHaveLength(1);
  });

  it('shows Disconnected after a failed reload', async () => {
    const { api } = await renderApp();
    api.status = stoppedStatus;
    api.failures.set('images.list', new ApiError('unavailable', 'containerd is not running'));

    act(() => {
      api.emit(event);
    });

    await waitFor(() => {
      expect(screen.getByRole('status', { name: 'Connection' })).toHaveTextContent('Disconnected');
    });
  });

  it('polls while disconnected and reloads on return', async () => {
    vi.useFakeTimers();
    const api = new FakeApi();
    api.status = stoppedStatus;
    const stores = createStores(api);
    const stop = followChanges(api, null, stores);
    await stores.refreshAll();

    await vi.advanceTimersByTimeAsync(statusPollMs);
    expect(api.callsOf('connection.status')).toHaveLength(2);
    expect(api.callsOf('images.list')).toHaveLength(0);

    api.status = connectedStatus();
    api.imageRows = [imageRow('bash:latest', 'a')];
    await vi.advanceTimersByTimeAsync(statusPollMs);

    expect(stores.connection.getState().state).toBe('connected');
    expect(stores.images.getState().listing?.rows).toHaveLength(1);
    expect(api.callsOf('namespaces.list')).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(statusPollMs * 2);
    expect(api.callsOf('connection.status')).toHaveLength(3);
    stop();
  });
});

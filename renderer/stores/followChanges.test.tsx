import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import type { LinkState } from '../api/BridgeClient.js';
import { FakeApi } from '../testing/FakeApi.js';
import { imageRow } from '../testing/fixtures.js';
import { renderApp } from '../testing/renderApp.js';
import { createStores } from './createStores.js';
import { followChanges, reloadDelayMs } from './followChanges.js';

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
});

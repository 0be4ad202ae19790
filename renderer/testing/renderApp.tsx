// Renders the whole window on a FakeApi and waits for the first load, as the window starts.

import { render, screen, waitFor } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { expect } from 'vitest';

import type { Transport } from '../api/pickTransport.js';
import { App } from '../App.js';
import { createStores, type Stores } from '../stores/createStores.js';
import { FakeApi } from './FakeApi.js';

/** The rendered window and the handles a test drives it with. */
export interface RenderedApp {
  readonly api: FakeApi;
  readonly stores: Stores;
  readonly user: ReturnType<typeof userEvent.setup>;
}

/** Renders the window on `api` and waits until the first status call has returned. */
export async function renderApp(api: FakeApi = new FakeApi()): Promise<RenderedApp> {
  const stores = createStores(api);
  const transport: Transport = { api, link: null };
  const user = userEvent.setup();
  render(<App stores={stores} transport={transport} />);
  await waitFor(() => {
    expect(stores.connection.getState().state).not.toBe('checking');
  });
  if (stores.connection.getState().state === 'connected') {
    await screen.findByRole('table', { name: /^Images/ });
    await waitFor(() => {
      expect(stores.images.getState().loading).toBe(false);
    });
  }
  return { api, stores, user };
}

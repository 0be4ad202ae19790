import { beforeEach, describe, expect, it, vi } from 'vitest';

import { silentLogger } from '../log.js';
import { channels, eventChannel, type ChangeEvent } from './contract.js';
import { createFakeServices, type FakeServices } from './testing/fake-services.js';

type Handler = (event: unknown, ...args: unknown[]) => Promise<unknown>;

const handlers = vi.hoisted(() => new Map<string, Handler>());

vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, handler: Handler) => {
      if (handlers.has(channel)) {
        throw new Error(`second handler for ${channel}`);
      }
      handlers.set(channel, handler);
    },
    removeHandler: (channel: string) => handlers.delete(channel),
  },
}));

const { registerMainIpc } = await import('./main-ipc.js');

const page = new URL('file:///opt/quayside/dist/renderer/index.html');

interface FakeWebContents {
  readonly sent: { channel: string; payload: unknown }[];
  destroyed: boolean;
  isDestroyed(): boolean;
  send(channel: string, payload: unknown): void;
}

function createWebContents(): FakeWebContents {
  const contents: FakeWebContents = {
    sent: [],
    destroyed: false,
    isDestroyed: () => contents.destroyed,
    send: (channel, payload) => contents.sent.push({ channel, payload }),
  };
  return contents;
}

function frameEvent(url: string, parent: object | null = null): unknown {
  return { senderFrame: { url, parent } };
}

function call(channel: string, event: unknown, ...args: unknown[]): Promise<unknown> {
  const handler = handlers.get(channel);
  if (handler === undefined) {
    throw new Error(`no handler for ${channel}`);
  }
  return handler(event, ...args);
}

let fake: FakeServices;
let webContents: FakeWebContents;
let unregister: () => void;

beforeEach(() => {
  handlers.clear();
  fake = createFakeServices();
  webContents = createWebContents();
  unregister = registerMainIpc({
    services: fake.services,
    page,
    webContents,
    log: silentLogger,
  });
});

describe('registerMainIpc', () => {
  it('registers one handler per channel and no other', () => {
    expect([...handlers.keys()].sort()).toEqual([...channels].sort());
  });

  it('passes a valid call to the services', async () => {
    const envelope = await call('images.tag', frameEvent(page.href), 'a:1', 'b:2');

    expect(envelope).toMatchObject({ ok: true, value: { source: 'a:1', target: 'b:2' } });
    expect(fake.calls).toEqual([{ channel: 'images.tag', args: ['a:1', 'b:2'] }]);
  });

  it('accepts the page with a fragment', async () => {
    const envelope = await call('namespaces.list', frameEvent(`${page.href}#/containers`));

    expect(envelope).toEqual({ ok: true, value: ['default', 'k8s.io'] });
  });

  it('validates the arguments of a call', async () => {
    const envelope = await call('namespaces.select', frameEvent(page.href), 'bad name');

    expect(envelope).toMatchObject({ ok: false, error: { kind: 'invalid-argument' } });
    expect(fake.calls).toEqual([]);
  });

  it.each([
    ['another file', frameEvent('file:///tmp/evil/index.html')],
    ['a web page', frameEvent('https://evil.example/index.html')],
    ['a dev server that was not configured', frameEvent('http://localhost:5173/')],
    ['a subframe of the page', frameEvent(page.href, { url: page.href })],
    ['no frame', { senderFrame: null }],
    ['an unparsable URL', frameEvent('not a url')],
  ])('rejects a call from %s', async (_case, event) => {
    const envelope = await call('images.list', event);

    expect(envelope).toMatchObject({ ok: false, error: { kind: 'permission-denied' } });
    expect(fake.calls).toEqual([]);
  });

  it('forwards events to the window', () => {
    const change: ChangeEvent = {
      topic: '/containers/create',
      namespace: 'default',
      subject: 'web',
      at: '2024-01-01T00:00:00.000Z',
    };

    fake.emit(change);

    expect(webContents.sent).toEqual([{ channel: eventChannel, payload: change }]);
  });

  it('drops events after the window is destroyed', () => {
    webContents.destroyed = true;

    fake.emit({ topic: '/images/create', namespace: 'default', subject: null, at: 'now' });

    expect(webContents.sent).toEqual([]);
  });

  it('removes every handler and the subscription', () => {
    expect(fake.listenerCount()).toBe(1);

    unregister();

    expect([...handlers.keys()]).toEqual([]);
    expect(fake.listenerCount()).toBe(0);
  });
});

describe('registerMainIpc with a dev server', () => {
  it('accepts calls from the dev server page only', async () => {
    handlers.clear();
    const devPage = new URL('http://localhost:5173/');
    registerMainIpc({
      services: fake.services,
      page: devPage,
      webContents,
      log: silentLogger,
    });

    const fromDevServer = await call('connection.status', frameEvent('http://localhost:5173/'));
    const fromOtherPort = await call('connection.status', frameEvent('http://localhost:5174/'));

    expect(fromDevServer).toMatchObject({ ok: true });
    expect(fromOtherPort).toMatchObject({ ok: false, error: { kind: 'permission-denied' } });
  });
});

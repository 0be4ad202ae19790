// @vitest-environment node
// Runs in Node so that the `ws` package's server and client can stand in for the browser shell.

import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';

import type { BridgeRequest, ChangeEvent } from '../../electron/ipc/contract.js';
import { ApiError } from './ApiError.js';
import { BridgeClient, type LinkState } from './BridgeClient.js';
import { createSocketApi } from './createSocketApi.js';
import { socketUrl } from './pickTransport.js';
import { adaptSocket } from './socket.js';

interface FakeServer {
  readonly url: string;
  readonly requests: BridgeRequest[];
  readonly sockets: WebSocket[];
  /** Handles each request; the default replies with the channel name as the value. */
  handle: (socket: WebSocket, request: BridgeRequest) => void;
  close(): Promise<void>;
}

const servers: FakeServer[] = [];
const clients: BridgeClient[] = [];

function reply(socket: WebSocket, id: number, value: unknown): void {
  socket.send(JSON.stringify({ type: 'reply', id, envelope: { ok: true, value } }));
}

async function startServer(): Promise<FakeServer> {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => wss.once('listening', resolve));
  const address = wss.address();
  if (address === null || typeof address === 'string') {
    throw new Error(`expected a TCP address, got ${String(address)}`);
  }
  const server: FakeServer = {
    url: `ws://127.0.0.1:${address.port}/ws?token=secret`,
    requests: [],
    sockets: [],
    handle: (socket, request) => {
      reply(socket, request.id, request.channel);
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of wss.clients) {
          socket.terminate();
        }
        wss.close(() => {
          resolve();
        });
      }),
  };
  wss.on('connection', (socket) => {
    server.sockets.push(socket);
    socket.on('message', (data: Buffer) => {
      const request = JSON.parse(data.toString('utf8')) as BridgeRequest;
      server.requests.push(request);
      server.handle(socket, request);
    });
  });
  servers.push(server);
  return server;
}

function connect(url: string): BridgeClient {
  const client = new BridgeClient({
    url,
    openSocket: (address) => adaptSocket(new WebSocket(address)),
    retryDelayMs: 20,
    maxRetryDelayMs: 40,
  });
  clients.push(client);
  return client;
}

function waitForLink(client: BridgeClient, state: LinkState): Promise<void> {
  if (client.linkState === state) {
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    const stop = client.onLinkChange((next) => {
      if (next === state) {
        stop();
        resolve();
      }
    });
  });
}

afterEach(async () => {
  for (const client of clients.splice(0)) {
    client.close();
  }
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

describe('BridgeClient', () => {
  it('sends requests with id, channel and args', async () => {
    const server = await startServer();
    const api = createSocketApi(connect(server.url));

    await api.images.tag('bash:latest', 'bash:backup');

    expect(server.requests).toEqual([
      { id: 1, channel: 'images.tag', args: ['bash:latest', 'bash:backup'] },
    ]);
  });

  it('matches replies to requests by id', async () => {
    const server = await startServer();
    const unanswered: { socket: WebSocket; request: BridgeRequest }[] = [];
    server.handle = (socket, request) => {
      unanswered.push({ socket, request });
      if (unanswered.length === 2) {
        // Reply in reverse order: each call must still get its own value.
        for (const { socket: target, request: asked } of [...unanswered].reverse()) {
          reply(target, asked.id, `value of ${asked.channel}`);
        }
      }
    };
    const client = connect(server.url);

    const [images, containers] = await Promise.all([
      client.call('images.list', []),
      client.call('containers.list', []),
    ]);

    expect(images).toBe('value of images.list');
    expect(containers).toBe('value of containers.list');
  });

  it('turns error envelopes into ApiError', async () => {
    const server = await startServer();
    server.handle = (socket, request) => {
      socket.send(
        JSON.stringify({
          type: 'reply',
          id: request.id,
          envelope: { ok: false, error: { kind: 'not-found', message: 'No such image: x:latest' } },
        }),
      );
    };
    const api = createSocketApi(connect(server.url));

    const failure = await api.images.tag('x', 'y').catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({ kind: 'not-found', message: 'No such image: x:latest' });
  });

  it('ignores malformed frames', async () => {
    const server = await startServer();
    server.handle = (socket, request) => {
      socket.send('not json');
      socket.send(JSON.stringify({ type: 'reply', id: 'one' }));
      reply(socket, request.id, 'after the noise');
    };
    const client = connect(server.url);

    await expect(client.call('images.list', [])).resolves.toBe('after the noise');
  });

  it('delivers events to subscribers', async () => {
    const server = await startServer();
    const api = createSocketApi(connect(server.url));
    const received: ChangeEvent[] = [];
    api.events.subscribe((event) => received.push(event));
    await api.connection.status();
    const event: ChangeEvent = {
      topic: '/images/delete',
      namespace: 'default',
      subject: 'docker.io/library/bash:latest',
      at: '2026-01-01T00:00:00.000Z',
    };

    server.sockets[0]?.send(JSON.stringify({ type: 'event', event }));
    await expect.poll(() => received.length).toBe(1);

    expect(received[0]).toEqual(event);
  });

  it('stops delivering events after unsubscribe', async () => {
    const server = await startServer();
    const api = createSocketApi(connect(server.url));
    const received: ChangeEvent[] = [];
    const unsubscribe = api.events.subscribe((event) => received.push(event));
    unsubscribe();
    await api.connection.status();
    server.sockets[0]?.send(JSON.stringify({ type: 'event', event: { topic: '/x' } }));
    await api.connection.status();

    expect(received).toEqual([]);
  });

  it('rejects unanswered calls when the socket closes', async () => {
    const server = await startServer();
    server.handle = (socket) => {
      socket.terminate();
    };
    const client = connect(server.url);

    const failure = await client.call('images.list', []).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({ kind: 'unavailable' });
  });

  it('reconnects after the socket closes', async () => {
    const server = await startServer();
    const client = connect(server.url);
    const states: LinkState[] = [];
    client.onLinkChange((state) => states.push(state));
    await waitForLink(client, 'open');

    server.sockets[0]?.terminate();
    await waitForLink(client, 'closed');
    await waitForLink(client, 'open');

    expect(states).toEqual(['open', 'closed', 'connecting', 'open']);
    expect(server.sockets).toHaveLength(2);
    await expect(client.call('images.list', [])).resolves.toBe('images.list');
  });

  it('rejects calls while waiting to reconnect', async () => {
    const server = await startServer();
    const client = connect(server.url);
    await waitForLink(client, 'open');
    await server.close();
    await waitForLink(client, 'closed');

    const failure = await client.call('images.list', []).catch((error: unknown) => error);

    expect(failure).toMatchObject({ kind: 'unavailable' });
  });

  it('queues calls made while connecting', async () => {
    const server = await startServer();
    const client = connect(server.url);

    expect(client.linkState).toBe('connecting');
    await expect(client.call('connection.status', [])).resolves.toBe('connection.status');
  });
});

describe('socketUrl', () => {
  it('puts the page token on /ws', () => {
    expect(socketUrl({ host: '127.0.0.1:4100', search: '?token=a%2Fb' })).toBe(
      'ws://127.0.0.1:4100/ws?token=a%2Fb',
    );
  });

  it('returns null without a token', () => {
    expect(socketUrl({ host: '127.0.0.1:4100', search: '' })).toBeNull();
  });
});

import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';

import type { BridgeMessage, ChangeEvent } from '../ipc/contract.js';
import { createFakeServices, type FakeServices } from '../ipc/testing/fake-services.js';
import { silentLogger } from '../log.js';
import { startShellServer, type ShellServer } from './server.js';

interface Response {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

let folder: string;
let rendererDir: string;
let fake: FakeServices;
let shell: ShellServer;

/** Sends a request with exactly this path and these headers, which fetch would normalise. */
function send(path: string, headers: Record<string, string> = {}, method = 'GET') {
  return new Promise<Response>((resolve, reject) => {
    const request = httpRequest(
      { host: '127.0.0.1', port: shell.port, path, method, headers, setHost: false },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          });
        });
      },
    );
    request.on('error', reject);
    request.end();
  });
}

function host(): Record<string, string> {
  return { Host: `127.0.0.1:${shell.port}` };
}

function withToken(path: string): string {
  return `${path}${path.includes('?') ? '&' : '?'}token=${shell.token}`;
}

function cookieOf(response: Response): string {
  const [cookie] = response.headers['set-cookie'] ?? [];
  return (cookie ?? '').split(';')[0] ?? '';
}

function wsUrl(query: string): string {
  return `ws://127.0.0.1:${shell.port}/ws${query}`;
}

/** Resolves with the HTTP status that rejected the upgrade, or 101 when it was accepted. */
function upgradeStatus(url: string, origin?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, origin === undefined ? {} : { origin });
    socket.on('unexpected-response', (_request, response) => {
      resolve(response.statusCode ?? 0);
      socket.terminate();
    });
    socket.on('open', () => {
      resolve(101);
      socket.close();
    });
    socket.on('error', reject);
  });
}

async function openSocket(): Promise<{ socket: WebSocket; messages: BridgeMessage[] }> {
  const socket = new WebSocket(wsUrl(`?token=${shell.token}`), {
    origin: `http://127.0.0.1:${shell.port}`,
  });
  const messages: BridgeMessage[] = [];
  socket.on('message', (data) =>
    messages.push(JSON.parse(Buffer.from(data as Buffer).toString('utf8')) as BridgeMessage),
  );
  await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
  return { socket, messages };
}

async function until(condition: () => boolean): Promise<void> {
  for (let attempt = 0; attempt < 200 && !condition(); attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  expect(condition()).toBe(true);
}

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'quayside-shell-'));
  rendererDir = join(folder, 'renderer');
  await mkdir(join(rendererDir, 'assets'), { recursive: true });
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Quayside</title>');
  await writeFile(join(rendererDir, 'assets', 'app.js'), 'console.log("app");');
  await writeFile(join(rendererDir, 'assets', 'app.css'), 'body { margin: 0 }');
  await writeFile(join(rendererDir, '.env'), 'hidden');
  await writeFile(join(folder, 'secret.txt'), 'outside the renderer');
  await symlink(join(folder, 'secret.txt'), join(rendererDir, 'assets', 'link.txt'));
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

beforeEach(async () => {
  fake = createFakeServices();
  shell = await startShellServer({
    services: fake.services,
    rendererDir,
    port: 0,
    log: silentLogger,
  });
});

afterEach(async () => {
  await shell.close();
});

describe('shell server pages', () => {
  it('returns a url with the port and token', () => {
    expect(shell.url).toBe(`http://127.0.0.1:${shell.port}/?token=${shell.token}`);
    expect(shell.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('serves the page with the token', async () => {
    const response = await send(withToken('/'), host());

    expect(response.status).toBe(200);
    expect(response.body).toContain('<title>Quayside</title>');
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['content-security-policy']).toContain("default-src 'none'");
    expect(response.headers['content-security-policy']).toContain("connect-src 'self'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('sets the token cookie on the page', async () => {
    const response = await send(withToken('/'), host());

    const [cookie] = response.headers['set-cookie'] ?? [];
    expect(cookie).toBe(
      `quayside-token-${shell.port}=${shell.token}; HttpOnly; SameSite=Strict; Path=/`,
    );
  });

  it('serves assets with the cookie', async () => {
    const page = await send(withToken('/'), host());

    const script = await send('/assets/app.js', { ...host(), Cookie: cookieOf(page) });
    const style = await send('/assets/app.css', { ...host(), Cookie: `a=b; ${cookieOf(page)}` });

    expect(script.status).toBe(200);
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(script.headers['set-cookie']).toBeUndefined();
    expect(style.status).toBe(200);
    expect(style.headers['content-type']).toBe('text/css; charset=utf-8');
  });

  it('serves assets with the token in the query', async () => {
    const response = await send(withToken('/assets/app.js'), host());

    expect(response.status).toBe(200);
    expect(response.body).toBe('console.log("app");');
  });

  it('answers HEAD without a body', async () => {
    const response = await send(withToken('/assets/app.js'), host(), 'HEAD');

    expect(response.status).toBe(200);
    expect(response.headers['content-length']).toBe('19');
    expect(response.body).toBe('');
  });

  it('rejects other methods', async () => {
    const response = await send(withToken('/'), host(), 'POST');

    expect(response.status).toBe(405);
    expect(response.headers.allow).toBe('GET, HEAD');
  });
});

describe('shell server access', () => {
  it.each([
    ['no token', '/', {}],
    ['no token on an asset', '/assets/app.js', {}],
    ['a wrong token', '/?token=wrong', {}],
    ['an empty token', '/?token=', {}],
    ['a wrong cookie', '/assets/app.js', { Cookie: 'quayside-token-1=x' }],
  ])('rejects a request with %s', async (_case, path, headers) => {
    const response = await send(path, { ...host(), ...headers });

    expect(response.status).toBe(403);
    expect(response.body).toMatch(/^Forbidden: the token is (missing|wrong)/);
    expect(response.headers['set-cookie']).toBeUndefined();
  });

  it('rejects a wrong query token despite a right cookie', async () => {
    const page = await send(withToken('/'), host());

    const response = await send('/?token=wrong', { ...host(), Cookie: cookieOf(page) });

    expect(response.status).toBe(403);
  });

  it('rejects a cookie of another port', async () => {
    const cookie = `quayside-token-${shell.port + 1}=${shell.token}`;

    const response = await send('/assets/app.js', { ...host(), Cookie: cookie });

    expect(response.status).toBe(403);
  });

  it.each([
    ['a foreign host', () => 'evil.example'],
    ['a foreign host with the port', () => `evil.example:${shell.port}`],
    ['another port', () => `127.0.0.1:${shell.port + 1}`],
    ['no port', () => '127.0.0.1'],
  ])('rejects %s in the Host header', async (_case, hostHeader) => {
    const response = await send(withToken('/'), { Host: hostHeader() });

    expect(response.status).toBe(403);
    expect(response.body).toContain('the Host header must be');
  });

  it('accepts localhost in the Host header', async () => {
    const response = await send(withToken('/'), { Host: `localhost:${shell.port}` });

    expect(response.status).toBe(200);
  });

  it.each([['http://evil.example'], ['null'], [`https://127.0.0.1:PORT`]])(
    'rejects Origin %s on a request',
    async (origin) => {
      const headers = { ...host(), Origin: origin.replace('PORT', String(shell.port)) };

      const response = await send(withToken('/'), headers);

      expect(response.status).toBe(403);
      expect(response.body).toContain('requests must come from a page served by');
    },
  );

  it('accepts its own Origin on a request', async () => {
    const headers = { ...host(), Origin: `http://127.0.0.1:${shell.port}` };

    const response = await send(withToken('/'), headers);

    expect(response.status).toBe(200);
  });

  it.each([
    ['/../secret.txt'],
    ['/%2e%2e/secret.txt'],
    ['/assets/..%2f..%2fsecret.txt'],
    ['/assets/%2e%2e/%2e%2e/secret.txt'],
    ['/..%5csecret.txt'],
    ['/assets/link.txt'],
    ['/.env'],
    ['/index.html%00.js'],
    ['/%E0%A4%A'],
  ])('does not serve %s', async (path) => {
    const response = await send(withToken(path), host());

    expect(response.status).toBe(404);
    expect(response.body).not.toContain('outside the renderer');
    expect(response.body).not.toContain('hidden');
  });

  it('does not list a folder', async () => {
    const response = await send(withToken('/assets/'), host());

    expect(response.status).toBe(404);
    expect(response.body).not.toContain('app.js');
  });
});

describe('shell server WebSocket', () => {
  const origin = (): string => `http://127.0.0.1:${shell.port}`;

  it('rejects an upgrade without the token', async () => {
    expect(await upgradeStatus(wsUrl(''), origin())).toBe(403);
  });

  it('rejects an upgrade with a wrong token', async () => {
    expect(await upgradeStatus(wsUrl('?token=wrong'), origin())).toBe(403);
  });

  it('rejects an upgrade from a foreign Origin', async () => {
    const status = await upgradeStatus(wsUrl(`?token=${shell.token}`), 'http://evil.example');

    expect(status).toBe(403);
  });

  it('rejects an upgrade outside /ws', async () => {
    const url = `ws://127.0.0.1:${shell.port}/other?token=${shell.token}`;

    expect(await upgradeStatus(url, origin())).toBe(404);
  });

  it('accepts an upgrade with the token and its Origin', async () => {
    expect(await upgradeStatus(wsUrl(`?token=${shell.token}`), origin())).toBe(101);
  });

  it('answers a request with its reply', async () => {
    const { socket, messages } = await openSocket();

    socket.send(JSON.stringify({ id: 7, channel: 'images.tag', args: ['a:1', 'b:2'] }));
    await until(() => messages.length === 1);

    expect(messages[0]).toMatchObject({
      type: 'reply',
      id: 7,
      envelope: { ok: true, value: { source: 'a:1', target: 'b:2' } },
    });
    expect(fake.calls).toEqual([{ channel: 'images.tag', args: ['a:1', 'b:2'] }]);
    socket.close();
  });

  it('answers invalid arguments with invalid-argument', async () => {
    const { socket, messages } = await openSocket();

    socket.send(JSON.stringify({ id: 1, channel: 'namespaces.select', args: ['no spaces'] }));
    await until(() => messages.length === 1);

    expect(messages[0]).toMatchObject({
      type: 'reply',
      id: 1,
      envelope: { ok: false, error: { kind: 'invalid-argument' } },
    });
    expect(fake.calls).toEqual([]);
    socket.close();
  });

  it('pushes events to the page', async () => {
    const { socket, messages } = await openSocket();
    const event: ChangeEvent = {
      topic: '/images/delete',
      namespace: 'default',
      subject: 'docker.io/library/busybox:latest',
      at: '2024-01-01T00:00:00.000Z',
    };

    fake.emit(event);
    await until(() => messages.length === 1);

    expect(messages[0]).toEqual({ type: 'event', event });
    socket.close();
  });

  it('unsubscribes when the page closes', async () => {
    const { socket } = await openSocket();
    expect(fake.listenerCount()).toBe(1);

    socket.close();

    await until(() => fake.listenerCount() === 0);
  });

  it('survives malformed messages', async () => {
    const { socket, messages } = await openSocket();

    socket.send('not json');
    socket.send(Buffer.from([0xff, 0x00]), { binary: true });
    socket.send(JSON.stringify([1, 2, 3]));
    socket.send(JSON.stringify({ id: 3, channel: 42, args: [] }));
    socket.send(JSON.stringify({ id: 4, channel: 'connection.status', args: [] }));
    await until(() => messages.length === 2);

    expect(messages[0]).toMatchObject({
      type: 'reply',
      id: 3,
      envelope: { ok: false, error: { kind: 'invalid-argument' } },
    });
    expect(messages[1]).toMatchObject({ type: 'reply', id: 4, envelope: { ok: true } });
    socket.close();
  });

  it('closes a socket that sends too much and keeps serving', async () => {
    const { socket } = await openSocket();
    const closed = new Promise<number>((resolve) => socket.on('close', resolve));

    socket.send('x'.repeat(2 * 1024 * 1024));

    expect(await closed).toBe(1009);
    const next = await openSocket();
    next.socket.send(JSON.stringify({ id: 1, channel: 'namespaces.list', args: [] }));
    await until(() => next.messages.length === 1);
    next.socket.close();
  });

  it('closes open sockets when the server closes', async () => {
    const { socket } = await openSocket();
    const closed = new Promise((resolve) => socket.on('close', resolve));

    await shell.close();

    await closed;
    expect(socket.readyState).toBe(WebSocket.CLOSED);
    shell = await startShellServer({
      services: fake.services,
      rendererDir,
      port: 0,
      log: silentLogger,
    });
  });
});

describe('shell server sessions', () => {
  it('opens services for each page and closes them with its socket', async () => {
    const opened: string[] = [];
    const closed: string[] = [];
    const perPage = await startShellServer({
      services: () => {
        const name = `page-${String(opened.length + 1)}`;
        opened.push(name);
        return {
          ...createFakeServices().services,
          close: () => {
            closed.push(name);
          },
        };
      },
      rendererDir,
      port: 0,
      log: silentLogger,
    });
    const url = new URL(perPage.url);
    const socketUrl = `ws://${url.host}/ws?token=${perPage.token}`;

    const first = new WebSocket(socketUrl, { headers: { Origin: url.origin } });
    const second = new WebSocket(socketUrl, { headers: { Origin: url.origin } });
    await Promise.all(
      [first, second].map((socket) => new Promise((resolve) => socket.once('open', resolve))),
    );
    const firstClosed = new Promise((resolve) => first.once('close', resolve));
    first.close();
    await firstClosed;
    await until(() => closed.length === 1);

    expect(opened).toEqual(['page-1', 'page-2']);
    expect(closed).toEqual(['page-1']);
    second.close();
    await perPage.close();
  });

  it('names a port in use and what to do', async () => {
    await expect(
      startShellServer({
        services: fake.services,
        rendererDir,
        port: shell.port,
        log: silentLogger,
      }),
    ).rejects.toMatchObject({
      kind: 'conflict',
      message: `Port ${String(shell.port)} on 127.0.0.1 is in use. Pick another with --port, or 0 for a free one.`,
    });
  });
});

// The browser shell serves only requests that carry the token from its URL and come from its own
// origin.

import { WebSocket } from 'ws';

import { ctr } from '../electron/sandbox/index.js';
import { expect, startShell, test } from './fixtures.js';

/** Resolves with the HTTP status of a refused upgrade, or 101 when the socket opened. */
async function upgradeStatus(url: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, { headers });
    socket.once('open', () => {
      socket.close();
      resolve(101);
    });
    socket.once('unexpected-response', (_request, response) => {
      resolve(response.statusCode ?? 0);
    });
    socket.once('error', reject);
  });
}

test('refuses requests without the token or from another origin', async ({
  sandbox,
  namespace,
}) => {
  const shell = await startShell(sandbox, namespace);
  const page = new URL(shell.url);
  const token = page.searchParams.get('token') ?? '';
  const socketUrl = `ws://${page.host}/ws`;

  expect((await fetch(shell.url)).status).toBe(200);
  expect((await fetch(`${shell.origin}/`)).status).toBe(403);
  expect((await fetch(`${shell.origin}/?token=${'0'.repeat(token.length)}`)).status).toBe(403);
  expect((await fetch(shell.url, { headers: { Origin: 'http://evil.example' } })).status).toBe(403);

  expect(await upgradeStatus(`${socketUrl}?token=${token}`, { Origin: shell.origin })).toBe(101);
  expect(await upgradeStatus(socketUrl, { Origin: shell.origin })).toBe(403);
  expect(
    await upgradeStatus(`${socketUrl}?token=${token}`, { Origin: 'http://evil.example' }),
  ).toBe(403);
  await shell.stop();
});

test('loads the window with the token', async ({ page, sandbox, namespace }) => {
  await ctr(sandbox, namespace, ['namespaces', 'create', namespace]);
  const shell = await startShell(sandbox, namespace);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') {
      errors.push(message.text());
    }
  });

  await page.goto(shell.url);

  await expect(page.getByRole('status', { name: 'Connection' })).toContainText('Connected');
  expect(errors).toEqual([]);
  await shell.stop();
});

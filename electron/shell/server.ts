// The browser shell: the built renderer and the contract's calls served on 127.0.0.1, for machines
// where the Electron binary cannot run. The page URL carries a random token. The first page load
// stores it in an HttpOnly, SameSite=Strict cookie, so the page's scripts, styles and lazily
// loaded chunks carry it without rewriting their URLs. The page passes it to `/ws` in the query.

import { createReadStream } from 'node:fs';
import { realpath } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';

import { WebSocketServer } from 'ws';

import { tokenParameter } from '../ipc/contract.js';
import { QuaysideError } from '../errors.js';
import type { Services } from '../ipc/services.js';
import { createLogger, type Logger } from '../log.js';
import {
  checkOrigin,
  checkToken,
  createToken,
  describeProblem,
  tokenCookieName,
  type AccessPolicy,
  type AccessProblem,
} from './access.js';
import { serveBridge } from './bridge.js';
import { contentSecurityPolicy } from './content-security-policy.js';
import { findStaticFile } from './static-files.js';

/**
 * The largest WebSocket message accepted, in bytes. The largest valid request, 256 image names of
 * 512 characters, is about 135 KiB of JSON, so 1 MiB leaves room.
 */
const maxPayloadBytes = 1024 * 1024;

/** Rejected requests logged per server; later ones are counted only, so a scan stays quiet. */
const maxLoggedRejections = 20;

/** Services for one page, closed when its WebSocket closes. */
export type SessionServices = Services & { readonly close: () => void };

/** Options of the browser shell: the services, the renderer folder and the port. */
export interface ShellServerOptions {
  /**
   * The services every page shares, or a function that opens services for each page's
   * WebSocket, so that a namespace picked in one page does not change another.
   */
  readonly services: Services | (() => SessionServices);
  /** The folder of the built renderer, with its index.html. */
  readonly rendererDir: string;
  /** The port on 127.0.0.1, or 0 to pick a free one. */
  readonly port: number;
  readonly host?: '127.0.0.1';
  readonly log?: Logger;
}

/** A running browser shell. `url` is the page's address, token included. */
export interface ShellServer {
  readonly url: string;
  readonly port: number;
  readonly token: string;
  close(): Promise<void>;
}

function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
  };
}

function respondText(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, {
    ...securityHeaders(),
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
  });
  response.end(text);
}

function parseRequestUrl(request: IncomingMessage, port: number): URL | null {
  try {
    return new URL(request.url ?? '/', `http://127.0.0.1:${port}`);
  } catch {
    return null;
  }
}

/** Returns the access problem of a request, or its URL and where its token came from. */
function authorise(request: IncomingMessage, policy: AccessPolicy) {
  const hostProblem = checkOrigin(request, policy);
  if (hostProblem !== null) {
    return { problem: hostProblem };
  }
  const url = parseRequestUrl(request, policy.port);
  if (url === null) {
    return { problem: 'missing-token' as const };
  }
  const token = checkToken(request, url, policy);
  return 'problem' in token ? { problem: token.problem } : { url, source: token.source };
}

interface ShellContext {
  readonly root: string;
  readonly policy: AccessPolicy;
  readonly reject: (problem: AccessProblem, request: IncomingMessage) => void;
}

async function serveFile(
  request: IncomingMessage,
  response: ServerResponse,
  handler: ShellContext,
) {
  const access = authorise(request, handler.policy);
  if ('problem' in access) {
    handler.reject(access.problem, request);
    respondText(
      response,
      403,
      `Forbidden: ${describeProblem(access.problem, handler.policy.port)}.\n`,
    );
    return;
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.setHeader('Allow', 'GET, HEAD');
    respondText(response, 405, `Method ${request.method ?? ''} is not allowed: use GET or HEAD.\n`);
    return;
  }
  const file = await findStaticFile(handler.root, access.url.pathname);
  if (file === null) {
    respondText(response, 404, `Not found: ${access.url.pathname}\n`);
    return;
  }

  const headers: Record<string, string | number> = {
    ...securityHeaders(),
    'Content-Type': file.contentType,
    'Content-Length': file.size,
  };
  if (access.source === 'query' && file.contentType.startsWith('text/html')) {
    const cookie = `${tokenCookieName(handler.policy.port)}=${handler.policy.token}`;
    headers['Set-Cookie'] = `${cookie}; HttpOnly; SameSite=Strict; Path=/`;
  }
  response.writeHead(200, headers);
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  createReadStream(file.path)
    .on('error', () => response.destroy())
    .pipe(response);
}

function rejectUpgrade(socket: Duplex, status: '403 Forbidden' | '404 Not Found'): void {
  socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

/** Turns a failure to listen into an error whose message names the fix. */
function listenError(error: Error, port: number, host: string): Error {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE') {
    return new QuaysideError(
      'conflict',
      `Port ${String(port)} on ${host} is in use. Pick another with --port, or 0 for a free one.`,
      { cause: error },
    );
  }
  if (code === 'EACCES') {
    return new QuaysideError(
      'permission-denied',
      `Port ${String(port)} on ${host} needs more privileges. Pick a port above 1023 with --port, or 0 for a free one.`,
      { cause: error },
    );
  }
  return error;
}

async function listen(server: Server, port: number, host: string): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    const fail = (error: Error): void => {
      reject(listenError(error, port, host));
    };
    server.once('error', fail);
    server.listen(port, host, () => {
      server.off('error', fail);
      resolve();
    });
  });
  const address = server.address();
  if (address === null || typeof address === 'string') {
    throw new Error(`the browser shell server has no TCP address after listening on ${host}`);
  }
  return address.port;
}

function createRejectionLog(log: Logger): ShellContext['reject'] {
  let count = 0;
  return (problem, request) => {
    count += 1;
    if (count <= maxLoggedRejections) {
      const path = (request.url ?? '').split('?')[0] ?? '';
      log.warn('browser shell rejected a request', { problem, path, count });
    }
  };
}

function handleUpgrade(
  sockets: WebSocketServer,
  handler: ShellContext,
): (request: IncomingMessage, socket: Duplex, head: Buffer) => void {
  return (request, socket, head) => {
    const access = authorise(request, handler.policy);
    if ('problem' in access) {
      handler.reject(access.problem, request);
      rejectUpgrade(socket, '403 Forbidden');
      return;
    }
    if (access.url.pathname !== '/ws') {
      rejectUpgrade(socket, '404 Not Found');
      return;
    }
    sockets.handleUpgrade(request, socket, head, (ws) => sockets.emit('connection', ws, request));
  };
}

/** Starts the browser shell on 127.0.0.1 and resolves once it listens. */
export async function startShellServer(options: ShellServerOptions): Promise<ShellServer> {
  const log = options.log ?? createLogger();
  const root = await realpath(options.rendererDir);
  const server = createServer();
  server.on('clientError', (_error, socket) => socket.destroy());

  // Handlers are attached after listening because the Host check needs the port that port 0
  // picks. No connection is read before this function continues after `listen`.
  const port = await listen(server, options.port, options.host ?? '127.0.0.1');
  const token = createToken();
  const handler: ShellContext = { root, policy: { port, token }, reject: createRejectionLog(log) };

  const sockets = new WebSocketServer({ noServer: true, maxPayload: maxPayloadBytes });
  sockets.on('connection', (socket) => {
    const { services } = options;
    if (typeof services === 'function') {
      const session = services();
      socket.on('close', () => {
        session.close();
      });
      serveBridge(socket, session, log);
    } else {
      serveBridge(socket, services, log);
    }
  });
  server.on('upgrade', handleUpgrade(sockets, handler));
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    serveFile(request, response, handler).catch((error: unknown) => {
      log.error('browser shell failed to serve a file', { error: String(error) });
      response.destroy();
    });
  });
  log.info('browser shell listening', { address: `127.0.0.1:${port}` });

  return {
    url: `http://127.0.0.1:${port}/?${tokenParameter}=${token}`,
    port,
    token,
    close: async () => {
      for (const client of sockets.clients) {
        client.terminate();
      }
      sockets.close();
      const closed = new Promise<void>((resolve) =>
        server.close(() => {
          resolve();
        }),
      );
      server.closeAllConnections();
      await closed;
      log.info('browser shell stopped', { address: `127.0.0.1:${port}` });
    },
  };
}

// Who may talk to the browser shell. Every local process and every page in the user's browser can
// reach 127.0.0.1, so each request must carry the random token and come from this origin. Its Host
// header must name this server, which defeats DNS rebinding.

import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

import { tokenParameter } from '../ipc/contract.js';

/** The reason a request was rejected. */
export type AccessProblem = 'foreign-host' | 'foreign-origin' | 'missing-token' | 'wrong-token';

/** The part of a request that carried the right token. */
export type TokenSource = 'query' | 'cookie';

/** Creates a token of 32 random bytes, base64url-encoded. */
export function createToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * Returns the name of the cookie that carries the token to the page's assets. Browsers send a
 * cookie to every port of a host, so the port is part of the name and two shells can coexist.
 */
export function tokenCookieName(port: number): string {
  return `quayside-token-${port}`;
}

/** Compares two tokens in time that does not depend on where they differ. */
export function tokensMatch(expected: string, received: string): boolean {
  const digest = (value: string): Buffer => createHash('sha256').update(value, 'utf8').digest();
  return timingSafeEqual(digest(expected), digest(received));
}

function allowedHosts(port: number): readonly string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

function readCookie(header: string | undefined, name: string): string | null {
  for (const pair of (header ?? '').split(';')) {
    const equals = pair.indexOf('=');
    if (equals !== -1 && pair.slice(0, equals).trim() === name) {
      return pair.slice(equals + 1).trim();
    }
  }
  return null;
}

/** The access rules of one shell server. */
export interface AccessPolicy {
  readonly port: number;
  readonly token: string;
}

/** Returns the problem with the request's Host and Origin headers, or null when both fit. */
export function checkOrigin(request: IncomingMessage, policy: AccessPolicy): AccessProblem | null {
  const hosts = allowedHosts(policy.port);
  const host = request.headers.host?.toLowerCase();
  if (host === undefined || !hosts.includes(host)) {
    return 'foreign-host';
  }
  // Browsers send Origin on every WebSocket and cross-origin request, but curl and the like do not.
  const origin = request.headers.origin;
  if (
    origin !== undefined &&
    !hosts.some((allowed) => origin.toLowerCase() === `http://${allowed}`)
  ) {
    return 'foreign-origin';
  }
  return null;
}

/** Returns where the request carries the right token, or the problem when it does not. */
export function checkToken(
  request: IncomingMessage,
  url: URL,
  policy: AccessPolicy,
): { readonly source: TokenSource } | { readonly problem: AccessProblem } {
  const fromQuery = url.searchParams.get(tokenParameter);
  const fromCookie = readCookie(request.headers.cookie, tokenCookieName(policy.port));
  if (fromQuery === null && fromCookie === null) {
    return { problem: 'missing-token' };
  }
  // A token in the URL decides even when a cookie is present, so a wrong link is never masked.
  if (fromQuery !== null) {
    return tokensMatch(policy.token, fromQuery) ? { source: 'query' } : { problem: 'wrong-token' };
  }
  return fromCookie !== null && tokensMatch(policy.token, fromCookie)
    ? { source: 'cookie' }
    : { problem: 'wrong-token' };
}

/** Describes why a request got a 403, for the response body. */
export function describeProblem(problem: AccessProblem, port: number): string {
  switch (problem) {
    case 'foreign-host':
      return `the Host header must be 127.0.0.1:${port} or localhost:${port}`;
    case 'foreign-origin':
      return `requests must come from a page served by http://127.0.0.1:${port}`;
    case 'missing-token':
      return 'the token is missing: open the full address that Quayside printed, with its token';
    case 'wrong-token':
      return 'the token is wrong: open the full address that Quayside printed, with its token';
    default: {
      const unknown: never = problem;
      return unknown;
    }
  }
}

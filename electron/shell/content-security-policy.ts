// The Content Security Policy of the app's pages, sent as a header by the Electron window and the
// browser shell. It equals the renderer's meta policy, plus `frame-ancestors`, which only a header
// can carry.

/** The policy's directives, in the order they are sent. */
export const contentSecurityPolicyDirectives: readonly string[] = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  // CSP Level 3 lets 'self' match ws: on the same host and port as an http: page, so this covers
  // the browser shell's WebSocket at /ws (checked with headless Chromium 156).
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
];

/** The policy as one header value. */
export const contentSecurityPolicy = contentSecurityPolicyDirectives.join('; ');

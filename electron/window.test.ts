import type {
  BrowserWindowConstructorOptions,
  HandlerDetails,
  HeadersReceivedResponse,
  OnHeadersReceivedListenerDetails,
} from 'electron';
import { describe, expect, it } from 'vitest';

import { silentLogger } from './log.js';
import {
  createMainWindow,
  denyPermissions,
  guardNavigation,
  installContentSecurityPolicy,
  windowOptions,
  type HeaderHook,
  type NavigationEvents,
  type WindowElectron,
} from './window.js';

const page = new URL('file:///opt/quayside/dist/renderer/index.html');

type HeaderListener = Parameters<HeaderHook['onHeadersReceived']>[0];
type NavigationListener = (details: {
  url: string;
  preventDefault(): void;
  defaultPrevented: boolean;
}) => void;

function createHeaderHook(): { hook: HeaderHook; listeners: HeaderListener[] } {
  const listeners: HeaderListener[] = [];
  return { hook: { onHeadersReceived: (listener) => listeners.push(listener) }, listeners };
}

function runHeaderListener(listener: HeaderListener | undefined, url: string) {
  const details = {
    url,
    responseHeaders: { 'Content-Type': ['text/html'] },
  } as Partial<OnHeadersReceivedListenerDetails> as OnHeadersReceivedListenerDetails;
  let response: HeadersReceivedResponse | null = null;
  listener?.(details, (answer) => {
    response = answer;
  });
  return response as HeadersReceivedResponse | null;
}

interface FakeContents extends NavigationEvents {
  readonly listeners: Map<string, NavigationListener[]>;
  openHandler: Parameters<NavigationEvents['setWindowOpenHandler']>[0] | null;
}

function createContents(): FakeContents {
  const contents: FakeContents = {
    listeners: new Map(),
    openHandler: null,
    on: (event: string, listener: NavigationListener) => {
      contents.listeners.set(event, [...(contents.listeners.get(event) ?? []), listener]);
      return contents;
    },
    setWindowOpenHandler: (handler) => {
      contents.openHandler = handler;
    },
  };
  return contents;
}

function navigate(contents: FakeContents, event: string, url: string): boolean {
  let prevented = false;
  const details = {
    url,
    defaultPrevented: false,
    preventDefault: () => {
      prevented = true;
    },
  };
  for (const listener of contents.listeners.get(event) ?? []) {
    listener(details);
  }
  return prevented;
}

function openWindow(contents: FakeContents, url: string) {
  const details = { url, frameName: '', features: '', disposition: 'new-window' as const };
  return contents.openHandler?.(details as Partial<HandlerDetails> as HandlerDetails);
}

describe('windowOptions', () => {
  it('isolates and sandboxes the renderer', () => {
    const options = windowOptions('/opt/quayside/dist/electron/preload.cjs', false);

    expect(options.webPreferences?.contextIsolation).toBe(true);
    expect(options.webPreferences?.sandbox).toBe(true);
    expect(options.webPreferences?.nodeIntegration).toBe(false);
    expect(options.webPreferences?.nodeIntegrationInSubFrames).toBe(false);
    expect(options.webPreferences?.nodeIntegrationInWorker).toBe(false);
    expect(options.webPreferences?.webSecurity).toBe(true);
    expect(options.webPreferences?.webviewTag).toBe(false);
    expect(options.webPreferences?.allowRunningInsecureContent).toBe(false);
    expect(options.webPreferences?.preload).toBe('/opt/quayside/dist/electron/preload.cjs');
  });

  it('follows the theme for the background', () => {
    expect(windowOptions('p', false).backgroundColor).toBe('#ffffff');
    expect(windowOptions('p', true).backgroundColor).toBe('#1e1e1e');
    expect(windowOptions('p', true).title).toBe('Quayside');
  });
});

describe('installContentSecurityPolicy', () => {
  it('adds the policy to the app page', () => {
    const { hook, listeners } = createHeaderHook();

    installContentSecurityPolicy(hook, page);
    const response = runHeaderListener(listeners[0], page.href);

    expect(listeners).toHaveLength(1);
    expect(response?.responseHeaders?.['Content-Security-Policy']).toEqual([
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
        "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    ]);
    expect(response?.responseHeaders?.['Content-Type']).toEqual(['text/html']);
  });

  it('adds the policy to the dev server', () => {
    const { hook, listeners } = createHeaderHook();

    installContentSecurityPolicy(hook, new URL('http://localhost:5173/'));
    const response = runHeaderListener(listeners[0], 'http://localhost:5173/assets/app.js');

    expect(response?.responseHeaders?.['Content-Security-Policy']).toHaveLength(1);
  });

  it('leaves other responses unchanged', () => {
    const { hook, listeners } = createHeaderHook();

    installContentSecurityPolicy(hook, new URL('http://localhost:5173/'));

    expect(runHeaderListener(listeners[0], 'http://localhost:9999/')).toEqual({});
    expect(runHeaderListener(listeners[0], 'not a url')).toEqual({});
  });
});

describe('denyPermissions', () => {
  it('denies requests and checks', () => {
    let requestHandler: ((...args: never[]) => void) | null = null;
    let checkHandler: ((...args: never[]) => boolean) | null = null;
    const session = {
      setPermissionRequestHandler: (handler: typeof requestHandler) => {
        requestHandler = handler;
      },
      setPermissionCheckHandler: (handler: typeof checkHandler) => {
        checkHandler = handler;
      },
    };
    const granted: boolean[] = [];

    denyPermissions(session, silentLogger);
    const request = requestHandler as unknown as (...args: unknown[]) => void;
    request({}, 'media', (permission: boolean) => granted.push(permission), {});
    const check = checkHandler as unknown as (...args: unknown[]) => boolean;

    expect(granted).toEqual([false]);
    expect(check({}, 'clipboard-read', 'file://', {})).toBe(false);
  });
});

describe('guardNavigation', () => {
  it.each([
    ['https://evil.example/'],
    ['file:///etc/passwd'],
    ['file:///opt/quayside/dist/renderer/other.html'],
    ['http://localhost:5173/'],
  ])('prevents navigation to %s', (url) => {
    const contents = createContents();
    guardNavigation(contents, page, () => Promise.resolve(), silentLogger);

    expect(navigate(contents, 'will-navigate', url)).toBe(true);
    expect(navigate(contents, 'will-redirect', url)).toBe(true);
  });

  it('allows reloading the app page', () => {
    const contents = createContents();
    guardNavigation(contents, page, () => Promise.resolve(), silentLogger);

    expect(navigate(contents, 'will-navigate', page.href)).toBe(false);
  });

  it('prevents attaching a webview', () => {
    const contents = createContents();
    guardNavigation(contents, page, () => Promise.resolve(), silentLogger);

    expect(navigate(contents, 'will-attach-webview', 'about:blank')).toBe(true);
  });

  it('denies new windows and opens https links outside', () => {
    const contents = createContents();
    const opened: string[] = [];
    const openExternal = (url: string): Promise<void> => {
      opened.push(url);
      return Promise.resolve();
    };
    guardNavigation(contents, page, openExternal, silentLogger);

    const https = openWindow(contents, 'https://containerd.io/docs/');
    const file = openWindow(contents, 'file:///etc/passwd');
    const http = openWindow(contents, 'http://evil.example/');

    expect(https).toEqual({ action: 'deny' });
    expect(file).toEqual({ action: 'deny' });
    expect(http).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://containerd.io/docs/']);
  });
});

describe('createMainWindow', () => {
  it('installs every rule on the new window', () => {
    const created: BrowserWindowConstructorOptions[] = [];
    const contents = createContents();
    const headers = createHeaderHook();
    const permissionHandlers: string[] = [];
    const session = {
      webRequest: headers.hook,
      setPermissionRequestHandler: () => permissionHandlers.push('request'),
      setPermissionCheckHandler: () => permissionHandlers.push('check'),
    };
    const events: string[] = [];
    class FakeWindow {
      readonly webContents = Object.assign(contents, { session });
      constructor(options: BrowserWindowConstructorOptions) {
        created.push(options);
      }
      once(event: string): void {
        events.push(event);
      }
    }
    const electron = {
      BrowserWindow: FakeWindow,
      nativeTheme: { shouldUseDarkColors: true, on: () => undefined, off: () => undefined },
      shell: { openExternal: () => Promise.resolve() },
    } as unknown as WindowElectron;

    createMainWindow(electron, { preloadPath: '/p/preload.cjs', page, log: silentLogger });

    expect(created).toHaveLength(1);
    expect(created[0]?.webPreferences?.preload).toBe('/p/preload.cjs');
    expect(created[0]?.backgroundColor).toBe('#1e1e1e');
    expect(headers.listeners).toHaveLength(1);
    expect(permissionHandlers).toEqual(['request', 'check']);
    expect([...contents.listeners.keys()].sort()).toEqual([
      'will-attach-webview',
      'will-navigate',
      'will-redirect',
    ]);
    expect(contents.openHandler).not.toBeNull();
    expect(events).toEqual(['closed', 'ready-to-show']);
  });
});

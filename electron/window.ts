// The main window and the rules that keep its page the app's own: a sandboxed, isolated renderer,
// a strict Content Security Policy, no navigation away, no new windows and no permissions. The
// Electron pieces are parameters, so unit tests can pass fakes.

import type {
  BrowserWindow,
  BrowserWindowConstructorOptions,
  Event,
  HandlerDetails,
  HeadersReceivedResponse,
  NativeTheme,
  OnHeadersReceivedListenerDetails,
  Session,
  Shell,
  WindowOpenHandlerResponse,
} from 'electron';

import { isAppPage } from './ipc/app-page.js';
import type { Logger } from './log.js';
import { contentSecurityPolicy } from './shell/content-security-policy.js';

/**
 * The window's background before the page paints.
 * NOTE: Chosen before the renderer had a stylesheet, so its page colours may differ.
 */
const backgroundColors = { light: '#ffffff', dark: '#1e1e1e' } as const;

/** Returns the main window's options, with the background colour for `darkMode`. */
export function windowOptions(
  preloadPath: string,
  darkMode: boolean,
): BrowserWindowConstructorOptions {
  return {
    title: 'Quayside',
    width: 1280,
    height: 800,
    minWidth: 800,
    minHeight: 500,
    show: false,
    backgroundColor: darkMode ? backgroundColors.dark : backgroundColors.light,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    },
  };
}

/** The part of a session's webRequest that sets response headers. */
export interface HeaderHook {
  onHeadersReceived(
    listener: (
      details: OnHeadersReceivedListenerDetails,
      callback: (response: HeadersReceivedResponse) => void,
    ) => void,
  ): void;
}

function isFromApp(url: string, page: URL): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === page.protocol && parsed.host === page.host;
  } catch {
    return false;
  }
}

/**
 * Adds the Content Security Policy header to every response for the app's page and its assets.
 * NOTE: Electron added webRequest support for file:// in version 9, but no Electron binary ran
 * this code here. The page's meta policy applies in either case.
 */
export function installContentSecurityPolicy(webRequest: HeaderHook, page: URL): void {
  webRequest.onHeadersReceived((details, callback) => {
    if (!isFromApp(details.url, page)) {
      callback({});
      return;
    }
    const responseHeaders = {
      ...details.responseHeaders,
      'Content-Security-Policy': [contentSecurityPolicy],
    };
    callback({ responseHeaders });
  });
}

/** Denies every permission request and check, because the app needs none. */
export function denyPermissions(
  session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>,
  log: Logger,
): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    log.warn('permission request denied', { permission });
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
}

/** The navigation events of a window's contents that `guardNavigation` handles. */
export interface NavigationEvents {
  on(
    event: 'will-navigate' | 'will-redirect',
    listener: (details: Event<{ url: string }>) => void,
  ): unknown;
  on(event: 'will-attach-webview', listener: (event: Event) => void): unknown;
  setWindowOpenHandler(handler: (details: HandlerDetails) => WindowOpenHandlerResponse): void;
}

/**
 * Keeps the window on the app's page: navigation elsewhere is prevented, webviews are not
 * attached, and no new window opens. An https link that would open a window goes to the user's
 * browser instead, so that documentation links work. Other schemes are dropped because the
 * system would hand them to whatever program claims them.
 */
export function guardNavigation(
  contents: NavigationEvents,
  page: URL,
  openExternal: (url: string) => Promise<void>,
  log: Logger,
): void {
  const stayOnPage = (details: Event<{ url: string }>): void => {
    if (!isAppPage(details.url, page)) {
      log.warn('navigation away from the app page prevented', { url: details.url });
      details.preventDefault();
    }
  };
  contents.on('will-navigate', stayOnPage);
  contents.on('will-redirect', stayOnPage);
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });

  contents.setWindowOpenHandler(({ url }) => {
    if (url.startsWith('https://')) {
      openExternal(url).catch((error: unknown) => {
        log.warn('opening a link in the browser failed', { url, error: String(error) });
      });
    } else {
      log.warn('new window denied', { url });
    }
    return { action: 'deny' };
  });
}

/** The Electron pieces the main window needs. */
export interface WindowElectron {
  readonly BrowserWindow: new (options: BrowserWindowConstructorOptions) => BrowserWindow;
  readonly nativeTheme: Pick<NativeTheme, 'shouldUseDarkColors' | 'on' | 'off'>;
  readonly shell: Pick<Shell, 'openExternal'>;
}

/** Creates the main window with every rule installed. The caller loads the page into it. */
export function createMainWindow(
  electron: WindowElectron,
  options: { readonly preloadPath: string; readonly page: URL; readonly log: Logger },
): BrowserWindow {
  const { nativeTheme } = electron;
  const window = new electron.BrowserWindow(
    windowOptions(options.preloadPath, nativeTheme.shouldUseDarkColors),
  );
  const { webContents } = window;

  installContentSecurityPolicy(webContents.session.webRequest, options.page);
  denyPermissions(webContents.session, options.log);
  const openExternal = (url: string): Promise<void> => electron.shell.openExternal(url);
  guardNavigation(webContents, options.page, openExternal, options.log);

  const followTheme = (): void => {
    const dark = nativeTheme.shouldUseDarkColors;
    window.setBackgroundColor(dark ? backgroundColors.dark : backgroundColors.light);
  };
  nativeTheme.on('updated', followTheme);
  window.once('closed', () => nativeTheme.off('updated', followTheme));
  // Shown once painted, so the window never flashes an empty frame.
  window.once('ready-to-show', () => {
    window.show();
  });
  return window;
}

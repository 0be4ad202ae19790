import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';

import { channels } from './ipc/contract.js';
import { createFakeServices } from './ipc/testing/fake-services.js';

type Callback = (...args: unknown[]) => void;

interface FakeElectronState {
  lock: boolean;
  readonly appEvents: Map<string, Callback>;
  readonly calls: string[];
  readonly windows: FakeWindowRecord[];
  readonly handlers: Set<string>;
  readonly serviceOptions: unknown[];
  closedServices: number;
}

interface FakeWindowRecord {
  readonly options: { webPreferences?: { preload?: string } };
  readonly loaded: string[];
  readonly calls: string[];
}

const state = vi.hoisted<FakeElectronState>(() => ({
  lock: true,
  appEvents: new Map(),
  calls: [],
  windows: [],
  handlers: new Set(),
  serviceOptions: [],
  closedServices: 0,
}));

vi.mock('electron', () => {
  class BrowserWindow {
    static getAllWindows = (): unknown[] => state.windows;
    readonly record: FakeWindowRecord;
    readonly webContents = {
      session: {
        webRequest: { onHeadersReceived: () => undefined },
        setPermissionRequestHandler: () => undefined,
        setPermissionCheckHandler: () => undefined,
      },
      on: () => undefined,
      setWindowOpenHandler: () => undefined,
      send: () => undefined,
      isDestroyed: () => false,
    };
    constructor(options: FakeWindowRecord['options']) {
      this.record = { options, loaded: [], calls: [] };
      state.windows.push(this.record);
    }
    once(): void {
      // The window's own events are not fired in these tests.
    }
    isDestroyed = (): boolean => false;
    isMinimized = (): boolean => true;
    restore = (): void => void this.record.calls.push('restore');
    focus = (): void => void this.record.calls.push('focus');
    loadURL = (url: string): Promise<void> => {
      this.record.loaded.push(url);
      return Promise.resolve();
    };
  }
  return {
    app: {
      isPackaged: true,
      enableSandbox: () => state.calls.push('enableSandbox'),
      requestSingleInstanceLock: () => state.lock,
      on: (event: string, callback: Callback) => state.appEvents.set(event, callback),
      whenReady: () => Promise.resolve(),
      quit: () => state.calls.push('quit'),
      exit: (code: number) => state.calls.push(`exit ${code}`),
    },
    BrowserWindow,
    nativeTheme: { shouldUseDarkColors: false, on: () => undefined, off: () => undefined },
    shell: { openExternal: () => Promise.resolve() },
    ipcMain: {
      handle: (channel: string) => state.handlers.add(channel),
      removeHandler: (channel: string) => state.handlers.delete(channel),
    },
  };
});

vi.mock('./app/services.js', () => ({
  createServices: (options: unknown) => {
    state.serviceOptions.push(options);
    return {
      ...createFakeServices().services,
      close: () => {
        state.closedServices += 1;
      },
    };
  },
}));

const originalArgv = process.argv;

beforeEach(() => {
  vi.resetModules();
  vi.stubEnv('QUAYSIDE_LOG_FILE', '');
  vi.stubEnv('QUAYSIDE_LOG_LEVEL', 'error');
  vi.stubEnv('CONTAINERD_ADDRESS', '/tmp/quayside-env/containerd.sock');
  vi.stubEnv('CONTAINERD_NAMESPACE', 'from-env');
  process.argv = ['/usr/bin/electron', '/opt/quayside', '--', '--namespace', 'k8s.io'];
  state.lock = true;
  state.appEvents.clear();
  state.calls.length = 0;
  state.windows.length = 0;
  state.handlers.clear();
  state.serviceOptions.length = 0;
  state.closedServices = 0;
});

afterEach(() => {
  process.argv = originalArgv;
  vi.unstubAllEnvs();
});

describe('main', () => {
  it('opens one window on the built page', async () => {
    await import('./main.js');
    await vi.waitFor(() => {
      expect(state.windows[0]?.loaded).toHaveLength(1);
    });

    const window = state.windows[0];
    expect(state.windows).toHaveLength(1);
    expect(window?.loaded[0]).toMatch(/^file:\/\/\/.*\/dist\/renderer\/index\.html$/);
    expect(window?.options.webPreferences?.preload).toMatch(/\/electron\/preload\.cjs$/);
    expect(state.calls).toContain('enableSandbox');
  });

  it('takes flags over the environment', async () => {
    await import('./main.js');
    await vi.waitFor(() => {
      expect(state.serviceOptions).toHaveLength(1);
    });

    expect(state.serviceOptions[0]).toMatchObject({
      address: '/tmp/quayside-env/containerd.sock',
      namespace: 'k8s.io',
    });
  });

  it('registers a handler for every channel', async () => {
    await import('./main.js');
    await vi.waitFor(() => {
      expect(state.windows[0]?.loaded).toHaveLength(1);
    });

    expect([...state.handlers].sort()).toEqual([...channels].sort());
  });

  it('quits when the last window closes on Linux', async () => {
    const platform = Object.getOwnPropertyDescriptor(process, 'platform');
    Object.defineProperty(process, 'platform', { value: 'linux' });
    onTestFinished(() => {
      Object.defineProperty(process, 'platform', platform ?? {});
    });
    await import('./main.js');
    await vi.waitFor(() => {
      expect(state.appEvents.has('will-quit')).toBe(true);
    });

    state.appEvents.get('window-all-closed')?.();
    state.appEvents.get('will-quit')?.();

    expect(state.calls).toContain('quit');
    expect(state.closedServices).toBe(1);
  });

  it('focuses the window for a second instance', async () => {
    await import('./main.js');
    await vi.waitFor(() => {
      expect(state.appEvents.has('second-instance')).toBe(true);
    });

    state.appEvents.get('second-instance')?.();

    expect(state.windows[0]?.calls).toEqual(['restore', 'focus']);
  });

  it('quits when another instance holds the lock', async () => {
    state.lock = false;

    await import('./main.js');

    expect(state.calls).toContain('quit');
    expect(state.windows).toHaveLength(0);
    expect(state.serviceOptions).toHaveLength(0);
  });
});

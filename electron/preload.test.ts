import { readFileSync } from 'node:fs';
import { createContext, Script } from 'node:vm';

import ts from 'typescript';
import { describe, expect, it } from 'vitest';

import { channels, eventChannel, type Envelope } from './ipc/contract.js';

type Listener = (event: unknown, ...args: unknown[]) => void;

interface LoadedPreload {
  readonly required: string[];
  readonly exposed: Map<string, unknown>;
  readonly invoked: { channel: string; args: unknown[] }[];
  readonly listeners: Map<string, Listener[]>;
}

/** Compiles preload.cts as tsc does and runs it the way Electron runs a sandboxed preload. */
function loadPreload(respond: (channel: string) => Envelope<unknown>): LoadedPreload {
  const source = readFileSync(new URL('./preload.cts', import.meta.url), 'utf8');
  const output = ts.transpileModule(source, {
    fileName: 'preload.cts',
    compilerOptions: { module: ts.ModuleKind.NodeNext, target: ts.ScriptTarget.ES2022 },
  }).outputText;

  const loaded: LoadedPreload = {
    required: [],
    exposed: new Map(),
    invoked: [],
    listeners: new Map(),
  };
  const electron = {
    contextBridge: {
      exposeInMainWorld: (key: string, api: unknown) => loaded.exposed.set(key, api),
    },
    ipcRenderer: {
      invoke: (channel: string, ...args: unknown[]) => {
        loaded.invoked.push({ channel, args });
        return Promise.resolve(respond(channel));
      },
      on: (channel: string, listener: Listener) => {
        loaded.listeners.set(channel, [...(loaded.listeners.get(channel) ?? []), listener]);
      },
      removeListener: (channel: string, listener: Listener) => {
        const remaining = (loaded.listeners.get(channel) ?? []).filter((l) => l !== listener);
        loaded.listeners.set(channel, remaining);
      },
    },
  };
  const sandboxRequire = (name: string): unknown => {
    loaded.required.push(name);
    if (name !== 'electron') {
      throw new Error(`a sandboxed preload cannot require ${name}`);
    }
    return electron;
  };

  const wrapper = new Script(
    `(function (require, process, Buffer, global, setImmediate, clearImmediate, exports, module) {\n${output}\n})`,
  );
  const run = wrapper.runInContext(createContext({})) as (...args: unknown[]) => void;
  const exports = {};
  run(sandboxRequire, {}, undefined, {}, undefined, undefined, exports, { exports });
  return loaded;
}

interface ExposedApi {
  readonly images: {
    list(): Promise<unknown>;
    plan(request: unknown): Promise<unknown>;
    remove(request: unknown): Promise<unknown>;
    tag(source: string, target: string): Promise<unknown>;
  };
  readonly containers: { list(): Promise<unknown> };
  readonly namespaces: { list(): Promise<unknown>; select(name: string): Promise<unknown> };
  readonly connection: { status(): Promise<unknown> };
  readonly events: { subscribe(listener: (event: unknown) => void): () => void };
}

function exposedApi(loaded: LoadedPreload): ExposedApi {
  return loaded.exposed.get('quayside') as ExposedApi;
}

function shapeOf(value: unknown): unknown {
  if (typeof value === 'function') {
    return 'function';
  }
  if (typeof value !== 'object' || value === null) {
    return typeof value;
  }
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, shapeOf(inner)]));
}

const ok = (): Envelope<unknown> => ({ ok: true, value: 'result' });
const request = { inputs: ['busybox'], force: false, prune: true };

describe('preload', () => {
  it('requires only electron', () => {
    const loaded = loadPreload(ok);

    expect(loaded.required).toEqual(['electron']);
  });

  it('exposes exactly the QuaysideApi under quayside', () => {
    const loaded = loadPreload(ok);

    expect([...loaded.exposed.keys()]).toEqual(['quayside']);
    expect(shapeOf(exposedApi(loaded))).toEqual({
      images: { list: 'function', plan: 'function', remove: 'function', tag: 'function' },
      containers: { list: 'function' },
      namespaces: { list: 'function', select: 'function' },
      connection: { status: 'function' },
      events: { subscribe: 'function' },
    });
  });

  it('invokes every contract channel by its name', async () => {
    const loaded = loadPreload(ok);
    const api = exposedApi(loaded);

    await api.images.list();
    await api.images.plan(request);
    await api.images.remove({ ...request, confirmed: 'f'.repeat(64) });
    await api.images.tag('a:1', 'b:2');
    await api.containers.list();
    await api.namespaces.list();
    await api.namespaces.select('k8s.io');
    await api.connection.status();

    expect(loaded.invoked.map((call) => call.channel).sort()).toEqual([...channels].sort());
    expect(loaded.invoked).toContainEqual({ channel: 'images.plan', args: [request] });
    expect(loaded.invoked).toContainEqual({ channel: 'images.tag', args: ['a:1', 'b:2'] });
    expect(loaded.invoked).toContainEqual({ channel: 'namespaces.select', args: ['k8s.io'] });
    expect(loaded.invoked).toContainEqual({ channel: 'images.list', args: [] });
  });

  it('resolves with the value of an ok envelope', async () => {
    const api = exposedApi(loadPreload(() => ({ ok: true, value: ['default'] })));

    await expect(api.namespaces.list()).resolves.toEqual(['default']);
  });

  it('rejects an error envelope with its kind and message', async () => {
    const api = exposedApi(
      loadPreload(() => ({
        ok: false,
        error: { kind: 'not-found', message: 'namespace "x" does not exist' },
      })),
    );

    const rejection: unknown = await api.namespaces.select('x').catch((error: unknown) => error);

    expect(rejection).toEqual({
      name: 'QuaysideError',
      kind: 'not-found',
      message: 'namespace "x" does not exist',
    });
  });

  it('subscribes on the event channel and passes the change only', () => {
    const loaded = loadPreload(ok);
    const received: unknown[] = [];

    exposedApi(loaded).events.subscribe((change) => received.push(change));
    const [listener] = loaded.listeners.get(eventChannel) ?? [];
    listener?.({ sender: 'ipcRenderer' }, { topic: '/images/create' });

    expect([...loaded.listeners.keys()]).toEqual([eventChannel]);
    expect(received).toEqual([{ topic: '/images/create' }]);
  });

  it('unsubscribes only its own listener', () => {
    const loaded = loadPreload(ok);
    const api = exposedApi(loaded);

    const unsubscribeFirst = api.events.subscribe(() => undefined);
    api.events.subscribe(() => undefined);
    unsubscribeFirst();

    expect(loaded.listeners.get(eventChannel)).toHaveLength(1);
  });
});

// The window's preload, and the only module that touches ipcRenderer. A sandboxed preload is
// CommonJS and can require only 'electron', so this file imports nothing else at run time: the
// contract's types are erased, and the channel names are written out (a unit test checks them).
//
// Each call returns the value of its envelope or rejects with `{ name, kind, message }`. The
// rejection is a plain object because contextBridge rebuilds an Error in the page with its message
// only, which would drop `kind`. Plain objects cross with their properties.

import electron = require('electron');

import type {
  ChangeEvent,
  Envelope,
  ErrorKind,
  QuaysideApi,
  RemoveRequest,
} from './ipc/contract.js';

/** A failed call as the page receives it. */
interface CallFailure {
  readonly name: 'QuaysideError';
  readonly kind: ErrorKind;
  readonly message: string;
}

const { contextBridge, ipcRenderer } = electron;

async function call<T>(channel: string, ...args: readonly unknown[]): Promise<T> {
  const envelope = (await ipcRenderer.invoke(channel, ...args)) as Envelope<T>;
  if (envelope.ok) {
    return envelope.value;
  }
  const failure: CallFailure = {
    name: 'QuaysideError',
    kind: envelope.error.kind,
    message: envelope.error.message,
  };
  // eslint-disable-next-line @typescript-eslint/only-throw-error -- an Error would lose its kind
  throw failure;
}

function subscribe(listener: (event: ChangeEvent) => void): () => void {
  // The page gets the change only: the IpcRendererEvent would hand it ipcRenderer itself.
  const forward = (_event: unknown, change: ChangeEvent): void => {
    listener(change);
  };
  ipcRenderer.on('events.changed', forward);
  return () => {
    ipcRenderer.removeListener('events.changed', forward);
  };
}

const api: QuaysideApi = {
  images: {
    list: () => call('images.list'),
    plan: (request) => call('images.plan', request),
    remove: (request: RemoveRequest) => call('images.remove', request),
    tag: (source, target) => call('images.tag', source, target),
  },
  containers: {
    list: () => call('containers.list'),
  },
  namespaces: {
    list: () => call('namespaces.list'),
    select: (name) => call('namespaces.select', name),
  },
  connection: {
    status: () => call('connection.status'),
  },
  events: {
    subscribe,
  },
};

contextBridge.exposeInMainWorld('quayside', api);

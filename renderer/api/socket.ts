// The part of the WebSocket interface the bridge client uses, so tests can pass the `ws`
// package's client, or a fake, in place of the browser's WebSocket.

/** A WebSocket as the bridge client uses it. */
export interface SocketLike {
  send(data: string): void;
  close(): void;
  onopen: (() => void) | null;
  onclose: (() => void) | null;
  onmessage: ((data: unknown) => void) | null;
}

/** Opens a socket to `url`. */
export type SocketFactory = (url: string) => SocketLike;

/** The methods that the browser's WebSocket and the `ws` package's client both have. */
export interface NativeSocket {
  send(data: string): void;
  close(): void;
  addEventListener(type: 'message', listener: (event: { readonly data: unknown }) => void): void;
  addEventListener(type: 'open' | 'close', listener: () => void): void;
}

/** Wraps a browser-style WebSocket as a SocketLike. */
export function adaptSocket(socket: NativeSocket): SocketLike {
  const adapter: SocketLike = {
    send: (data) => {
      socket.send(data);
    },
    close: () => {
      socket.close();
    },
    onopen: null,
    onclose: null,
    onmessage: null,
  };
  socket.addEventListener('open', () => adapter.onopen?.());
  socket.addEventListener('close', () => adapter.onclose?.());
  socket.addEventListener('message', (event) => adapter.onmessage?.(event.data));
  return adapter;
}

/** Opens a browser WebSocket. */
export const openBrowserSocket: SocketFactory = (url) => adaptSocket(new WebSocket(url));

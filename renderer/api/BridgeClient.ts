// The browser shell's side of the WebSocket bridge: numbered requests, replies matched by id,
// pushed events, and a reconnect with backoff whenever the socket closes.

import type {
  Arguments,
  BridgeRequest,
  Channel,
  ChangeEvent,
  Results,
} from '../../electron/ipc/contract.js';
import { ApiError } from './ApiError.js';
import { parseBridgeMessage } from './parseBridgeMessage.js';
import type { SocketFactory, SocketLike } from './socket.js';

/** Whether the bridge's socket is open, being opened, or closed and waiting to retry. */
export type LinkState = 'connecting' | 'open' | 'closed';

/** The bridge's URL, socket factory and retry delays. */
export interface BridgeOptions {
  readonly url: string;
  readonly openSocket: SocketFactory;
  /** Delay before the first reconnect, in milliseconds; it doubles up to `maxRetryDelayMs`. */
  readonly retryDelayMs?: number;
  readonly maxRetryDelayMs?: number;
}

interface PendingCall {
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: ApiError) => void;
}

/** A request/reply client over one WebSocket that reconnects until `close` is called. */
export class BridgeClient {
  private socket: SocketLike | null = null;
  private link: LinkState = 'connecting';
  private nextId = 1;
  private retryDelayMs: number;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private closedByUser = false;
  private readonly pending = new Map<number, PendingCall>();
  private readonly unsent: BridgeRequest[] = [];
  private readonly eventListeners = new Set<(event: ChangeEvent) => void>();
  private readonly linkListeners = new Set<(state: LinkState) => void>();

  constructor(private readonly options: BridgeOptions) {
    this.retryDelayMs = options.retryDelayMs ?? 500;
    this.open();
  }

  /** The socket's current state. */
  get linkState(): LinkState {
    return this.link;
  }

  /**
   * Sends one call and resolves with its value. A call made while the socket is being opened
   * waits for it. A call made while the socket is closed, or still unanswered when it closes, is
   * rejected as `unavailable` and never resent, so a removal never runs twice.
   */
  call<C extends Channel>(channel: C, args: Arguments[C]): Promise<Results[C]> {
    if (this.link === 'closed' || this.closedByUser) {
      return Promise.reject(notConnected());
    }
    const request: BridgeRequest = { id: this.nextId++, channel, args };
    return new Promise<Results[C]>((resolve, reject) => {
      // The server checks each request against the channel's schema and replies with that
      // channel's result type, so the value is trusted to be Results[C].
      this.pending.set(request.id, {
        resolve: (value) => {
          resolve(value as Results[C]);
        },
        reject,
      });
      if (this.link === 'open') {
        this.send(request);
      } else {
        this.unsent.push(request);
      }
    });
  }

  /** Calls `listener` on every pushed event; returns the unsubscribe. */
  onEvent(listener: (event: ChangeEvent) => void): () => void {
    this.eventListeners.add(listener);
    return () => this.eventListeners.delete(listener);
  }

  /** Calls `listener` whenever the link state changes; returns the unsubscribe. */
  onLinkChange(listener: (state: LinkState) => void): () => void {
    this.linkListeners.add(listener);
    return () => this.linkListeners.delete(listener);
  }

  /** Closes the socket for good and rejects every unanswered call. */
  close(): void {
    this.closedByUser = true;
    if (this.retryTimer !== null) {
      clearTimeout(this.retryTimer);
      this.retryTimer = null;
    }
    this.socket?.close();
    this.failUnanswered();
  }

  private open(): void {
    this.setLink('connecting');
    const socket = this.options.openSocket(this.options.url);
    this.socket = socket;
    socket.onopen = () => {
      this.handleOpen();
    };
    socket.onmessage = (data) => {
      this.handleMessage(data);
    };
    socket.onclose = () => {
      this.handleClose(socket);
    };
  }

  private handleOpen(): void {
    this.retryDelayMs = this.options.retryDelayMs ?? 500;
    this.setLink('open');
    for (const request of this.unsent.splice(0)) {
      this.send(request);
    }
  }

  private handleClose(socket: SocketLike): void {
    if (socket !== this.socket) {
      return;
    }
    this.socket = null;
    this.failUnanswered();
    if (this.closedByUser) {
      return;
    }
    this.setLink('closed');
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.open();
    }, this.retryDelayMs);
    this.retryDelayMs = Math.min(this.retryDelayMs * 2, this.options.maxRetryDelayMs ?? 10_000);
  }

  private handleMessage(data: unknown): void {
    const message = parseBridgeMessage(data);
    if (message === null) {
      return;
    }
    if (message.type === 'event') {
      for (const listener of this.eventListeners) {
        listener(message.event);
      }
      return;
    }
    const call = this.pending.get(message.id);
    if (call === undefined) {
      return;
    }
    this.pending.delete(message.id);
    const envelope = message.envelope;
    if (envelope.ok) {
      call.resolve(envelope.value);
    } else {
      call.reject(new ApiError(envelope.error.kind, envelope.error.message));
    }
  }

  private send(request: BridgeRequest): void {
    this.socket?.send(JSON.stringify(request));
  }

  private failUnanswered(): void {
    this.unsent.length = 0;
    const calls = [...this.pending.values()];
    this.pending.clear();
    for (const call of calls) {
      call.reject(
        new ApiError(
          'unavailable',
          'The connection to the Quayside server closed before it replied. Check the result and try again.',
        ),
      );
    }
  }

  private setLink(state: LinkState): void {
    if (this.link === state) {
      return;
    }
    this.link = state;
    for (const listener of this.linkListeners) {
      listener(state);
    }
  }
}

function notConnected(): ApiError {
  return new ApiError(
    'unavailable',
    'Not connected to the Quayside server. It reconnects on its own; try again in a moment.',
  );
}

// One subscription to containerd's events, shared by every listener of the window. containerd
// does not replay events after a dropped stream, so on a reconnect listeners get a `/quayside/resync`
// event and reload what they show.

import type { ContainerdNamespace } from '../containerd/namespace.js';
import type { ChangeEvent } from '../ipc/contract.js';
import type { Logger } from '../log.js';

/** The topic sent after the stream was re-established, so that listeners read everything anew. */
export const resyncTopic = '/quayside/resync';

const firstRetryMs = 500;
const maxRetryMs = 10_000;

/** Fans the current namespace's events out to listeners, resubscribing after failures. */
export class EventFeed {
  private readonly listeners = new Set<(event: ChangeEvent) => void>();
  private unsubscribe: (() => void) | null = null;
  private retryTimer: NodeJS.Timeout | null = null;
  private retryMs = firstRetryMs;
  /** Failures since the stream last delivered an event; only the first of them is a warning. */
  private failures = 0;

  constructor(
    private readonly currentNamespace: () => ContainerdNamespace,
    private readonly log: Logger,
  ) {}

  /** Adds a listener; the first one opens the subscription. Returns the removal. */
  add(listener: (event: ChangeEvent) => void): () => void {
    this.listeners.add(listener);
    if (this.listeners.size === 1) {
      this.open(false);
    }
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) {
        this.stop();
      }
    };
  }

  /** Re-opens the subscription, for example on the namespace the user just selected. */
  restart(): void {
    this.close();
    if (this.listeners.size > 0) {
      this.open(true);
    }
  }

  /** Closes the subscription and cancels a pending retry. */
  stop(): void {
    this.close();
    this.listeners.clear();
  }

  private close(): void {
    if (this.retryTimer !== null) {
      clearTimeout(this.retryTimer);
      this.retryTimer = null;
    }
    this.unsubscribe?.();
    this.unsubscribe = null;
  }

  private emit(event: ChangeEvent): void {
    for (const listener of this.listeners) {
      listener(event);
    }
  }

  private open(resync: boolean): void {
    let namespace: ContainerdNamespace;
    try {
      namespace = this.currentNamespace();
    } catch (error) {
      // The socket is unusable for now; keep trying so the tables come alive when it works.
      this.retry(error instanceof Error ? error : new Error(String(error)));
      return;
    }
    this.unsubscribe = namespace.subscribe(
      (event) => {
        if (this.failures > 0) {
          this.log.info('event stream works again', { failures: this.failures });
        }
        this.failures = 0;
        this.retryMs = firstRetryMs;
        this.emit(event);
      },
      (error) => {
        this.retry(error);
      },
    );
    if (resync) {
      const at = new Date().toISOString();
      this.emit({ topic: resyncTopic, namespace: namespace.name, subject: null, at });
    }
  }

  private retry(error: Error): void {
    this.unsubscribe = null;
    this.failures += 1;
    // An outage fails every retry the same way, so only its first failure is a warning.
    const level = this.failures === 1 ? 'warn' : 'debug';
    this.log[level]('event stream failed, resubscribing', {
      error: error.message,
      retryInMs: this.retryMs,
      failures: this.failures,
    });
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      if (this.listeners.size > 0) {
        this.open(true);
      }
    }, this.retryMs);
    this.retryMs = Math.min(this.retryMs * 2, maxRetryMs);
  }
}

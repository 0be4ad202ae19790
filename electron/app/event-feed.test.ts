import { afterEach, describe, expect, it, vi } from 'vitest';

import type { ChangeEvent } from '../ipc/contract.js';
import { image } from '../testing/builders.js';
import { FakeNamespace } from '../testing/fake-namespace.js';
import { recordingLogger } from '../testing/recording-logger.js';
import { EventFeed, resyncTopic } from './event-feed.js';

const bash = image({ id: 'bash', names: ['bash'] });

afterEach(() => {
  vi.useRealTimers();
});

describe('EventFeed', () => {
  it('passes the namespace events to every listener', async () => {
    const fake = new FakeNamespace({ images: [bash] });
    const feed = new EventFeed(() => fake, recordingLogger().log);
    const first: ChangeEvent[] = [];
    const second: ChangeEvent[] = [];
    feed.add((event) => first.push(event));
    feed.add((event) => second.push(event));

    await fake.deleteRecord('docker.io/library/bash:latest', { sync: false });

    expect(first.map((event) => event.topic)).toEqual(['/images/delete']);
    expect(second).toEqual(first);
  });

  it('resubscribes after a failure and asks listeners to read anew', () => {
    vi.useFakeTimers();
    const fake = new FakeNamespace({ images: [bash] });
    const { log, entries } = recordingLogger();
    const feed = new EventFeed(() => fake, log);
    const events: ChangeEvent[] = [];
    feed.add((event) => events.push(event));

    fake.failSubscriptions();
    fake.failSubscriptions();
    expect(events).toEqual([]);
    vi.advanceTimersByTime(500);

    expect(events.map((event) => event.topic)).toEqual([resyncTopic]);
    expect(entries.filter((entry) => entry.level === 'warn')).toHaveLength(1);
    feed.stop();
  });

  it('logs one warning for a run of failures', () => {
    vi.useFakeTimers();
    const fake = new FakeNamespace({ images: [bash] });
    const { log, entries } = recordingLogger();
    const feed = new EventFeed(() => fake, log);
    feed.add(() => undefined);

    for (let round = 0; round < 4; round++) {
      fake.failSubscriptions();
      vi.advanceTimersByTime(10_000);
    }

    const warnings = entries.filter((entry) => entry.level === 'warn');
    expect(warnings).toHaveLength(1);
    expect(entries.filter((entry) => entry.level === 'debug')).toHaveLength(3);
    feed.stop();
  });

  it('closes the subscription when the last listener leaves', () => {
    const fake = new FakeNamespace({ images: [bash] });
    const { log, entries } = recordingLogger();
    const feed = new EventFeed(() => fake, log);
    const remove = feed.add(() => undefined);

    remove();
    // A subscription still open would fail here and schedule a retry with a warning.
    fake.failSubscriptions();

    expect(entries).toEqual([]);
  });
});

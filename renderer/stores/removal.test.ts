import { describe, expect, it } from 'vitest';

import type { RemovalPlan, RemovalRequest } from '../../electron/ipc/contract.js';
import { FakeApi } from '../testing/FakeApi.js';
import { planOf, plannedInput } from '../testing/fixtures.js';
import { createRemovalStore } from './removal.js';

const request: RemovalRequest = { inputs: ['bash'], force: false, prune: true };

function deferredPlan(api: FakeApi): (plan: RemovalPlan) => void {
  let release: (plan: RemovalPlan) => void = () => undefined;
  api.images.plan = () =>
    new Promise<RemovalPlan>((resolve) => {
      release = resolve;
    });
  return (plan) => {
    release(plan);
  };
}

describe('removal store', () => {
  it('drops a plan that arrives after Cancel', async () => {
    const api = new FakeApi();
    const release = deferredPlan(api);
    const store = createRemovalStore(api, { afterRemove: () => Promise.resolve() });

    const planning = store.getState().start(request);
    expect(store.getState().step.kind).toBe('planning');
    store.getState().cancel();
    release(planOf(request, [plannedInput('bash', 'a')]));
    await planning;

    expect(store.getState().step).toEqual({ kind: 'idle' });
  });

  it('ignores confirm outside the confirmation', async () => {
    const api = new FakeApi();
    const store = createRemovalStore(api, { afterRemove: () => Promise.resolve() });

    await store.getState().confirm();

    expect(api.callsOf('images.remove')).toHaveLength(0);
  });

  it('rejects a plan with only failures', async () => {
    const api = new FakeApi();
    api.planFor = (asked) =>
      planOf(asked, [
        { kind: 'failed', input: 'bash', error: { kind: 'not-found', message: 'No such image' } },
      ]);
    const store = createRemovalStore(api, { afterRemove: () => Promise.resolve() });

    await store.getState().start(request);

    expect(store.getState().step.kind).toBe('rejected');
  });

  it('runs afterRemove once the removal ends', async () => {
    const api = new FakeApi();
    api.planFor = (asked) => planOf(asked, [plannedInput('bash', 'a')]);
    let reloads = 0;
    const store = createRemovalStore(api, {
      afterRemove: () => {
        reloads += 1;
        return Promise.resolve();
      },
    });

    await store.getState().start(request);
    await store.getState().confirm();

    expect(store.getState().step.kind).toBe('done');
    expect(reloads).toBe(1);
    expect(api.callsOf('images.remove')[0]?.args[0]).toMatchObject({
      inputs: ['bash'],
      confirmed: 'f'.repeat(64),
    });
  });
});

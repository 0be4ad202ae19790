import { useRef } from 'react';

import type { RemovalPlan } from '../../electron/ipc/contract.js';
import { useRemoval } from '../stores/hooks.js';
import { sortInputs, type ConflictInput } from '../stores/removalSteps.js';
import { Dialog } from './Dialog.js';
import { NamespaceNote } from './NamespaceNote.js';
import { PlanSummary } from './PlanSummary.js';
import { RejectedList } from './RejectedList.js';

/**
 * Asks for confirmation before anything is removed. It shows the engine's plan and what it
 * rejected, and for a forced delete a warning and the conflicts that force overrides.
 */
export function PlanDialog({
  plan,
  overridden,
  removing,
}: {
  plan: RemovalPlan;
  overridden: readonly ConflictInput[];
  removing: boolean;
}) {
  const cancel = useRemoval((state) => state.cancel);
  const confirm = useRemoval((state) => state.confirm);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const forced = plan.request.force;
  const inputs = sortInputs(plan);
  const rejected = [...inputs.hard, ...inputs.soft, ...inputs.failed];
  const confirmLabel = forced ? 'Force delete' : 'Delete';

  return (
    <Dialog
      title={forced ? 'Confirm forced delete' : 'Confirm delete'}
      tone="danger"
      initialFocus={cancelButton}
      onCancel={cancel}
      busy={removing}
      actions={
        <>
          <button
            ref={cancelButton}
            type="button"
            className="button"
            disabled={removing}
            onClick={cancel}
          >
            Cancel
          </button>
          <button
            type="button"
            className="button button-danger"
            disabled={removing}
            onClick={() => {
              void confirm();
            }}
          >
            {removing ? 'Deleting…' : confirmLabel}
          </button>
        </>
      }
    >
      <NamespaceNote lead={forced ? 'Forced delete' : 'Delete'} />
      {forced && (
        <p className="banner banner-danger">
          This is a forced delete: it goes ahead where a container or another name of the image
          would stop a normal delete.
        </p>
      )}
      <PlanSummary planned={inputs.planned} freedBytes={plan.freedBytes} />
      <RejectedList title="Force overrides these conflicts" inputs={overridden} />
      <RejectedList title="Not deleted" inputs={rejected} />
      <p className="hint">Nothing is removed until you choose {confirmLabel}.</p>
    </Dialog>
  );
}

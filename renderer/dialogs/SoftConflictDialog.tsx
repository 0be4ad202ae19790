import { useRef } from 'react';

import type { RemovalPlan } from '../../electron/ipc/contract.js';
import { plural } from '../common/plural.js';
import { useRemoval } from '../stores/hooks.js';
import { sortInputs } from '../stores/removalSteps.js';
import { Dialog } from './Dialog.js';
import { RefusedList } from './RefusedList.js';

/**
 * A conflict that force can override: why, in plain words, the engine's exact message, and the
 * choice to force it, to carry on without those inputs, or to stop.
 */
export function SoftConflictDialog({ plan }: { plan: RemovalPlan }) {
  const cancel = useRemoval((state) => state.cancel);
  const force = useRemoval((state) => state.force);
  const skipConflicts = useRemoval((state) => state.skipConflicts);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const inputs = sortInputs(plan);
  const others = inputs.planned.length;

  return (
    <Dialog
      title="Delete needs force"
      tone="danger"
      initialFocus={cancelButton}
      onCancel={cancel}
      actions={
        <>
          <button ref={cancelButton} type="button" className="button" onClick={cancel}>
            Cancel
          </button>
          {others > 0 && (
            <button type="button" className="button" onClick={skipConflicts}>
              Skip and continue
            </button>
          )}
          <button
            type="button"
            className="button button-danger"
            onClick={() => {
              void force();
            }}
          >
            Delete anyway (force)
          </button>
        </>
      }
    >
      <RefusedList title="Needs force" inputs={inputs.soft} />
      <RefusedList
        title="Cannot be deleted, even with force"
        inputs={[...inputs.hard, ...inputs.failed]}
      />
      {others > 0 && (
        <p className="hint">
          {others} other {plural(others, 'input needs', 'inputs need')} no force. Skip and continue
          deletes only {plural(others, 'that one', 'those')}, after you confirm.
        </p>
      )}
      <p className="hint">
        Delete anyway (force) shows the forced plan before anything is removed.
      </p>
    </Dialog>
  );
}

import { useRef } from 'react';

import type { RemovalPlan } from '../../electron/ipc/contract.js';
import { plural } from '../common/plural.js';
import { useRemoval } from '../stores/hooks.js';
import { sortInputs } from '../stores/removalSteps.js';
import { Dialog } from './Dialog.js';
import { NamespaceNote } from './NamespaceNote.js';
import { RejectedList } from './RejectedList.js';

/**
 * Shows conflicts that force can override: why, in plain words, and the engine's exact message.
 * The user forces them, carries on without those inputs, or stops.
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
      <NamespaceNote lead="Delete" />
      <RejectedList title="Needs force" inputs={inputs.soft} />
      <RejectedList
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

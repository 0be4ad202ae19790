import { useRef } from 'react';

import type { RemovalPlan } from '../../electron/ipc/contract.js';
import { useRemoval } from '../stores/hooks.js';
import { sortInputs } from '../stores/removalSteps.js';
import { Dialog } from './Dialog.js';
import { NamespaceNote } from './NamespaceNote.js';
import { RejectedList } from './RejectedList.js';

/** Nothing can be deleted: hard conflicts, which force cannot override, and failed inputs. */
export function RejectedDialog({ plan }: { plan: RemovalPlan }) {
  const cancel = useRemoval((state) => state.cancel);
  const closeButton = useRef<HTMLButtonElement>(null);
  const inputs = sortInputs(plan);

  return (
    <Dialog
      title="Cannot delete"
      initialFocus={closeButton}
      onCancel={cancel}
      actions={
        <button ref={closeButton} type="button" className="button" onClick={cancel}>
          Close
        </button>
      }
    >
      <NamespaceNote lead="Delete" />
      <RejectedList title="In use by running containers: cannot be forced" inputs={inputs.hard} />
      <RejectedList title="Not deleted" inputs={[...inputs.soft, ...inputs.failed]} />
      <p className="hint">Nothing was removed.</p>
    </Dialog>
  );
}

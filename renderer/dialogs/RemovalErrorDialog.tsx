import { useRef } from 'react';

import type { Problem } from '../api/ApiError.js';
import { ErrorMessage } from '../common/ErrorMessage.js';
import { useRemoval } from '../stores/hooks.js';
import { Dialog } from './Dialog.js';

/**
 * Shows a plan or remove call that failed as a whole, with the error kind and message. A removal
 * rejected as a conflict found the images changed since the plan, so the dialog offers to plan
 * the same request again.
 */
export function RemovalErrorDialog({ stage, error }: { stage: 'plan' | 'remove'; error: Problem }) {
  const close = useRemoval((state) => state.cancel);
  const review = useRemoval((state) => state.review);
  const closeButton = useRef<HTMLButtonElement>(null);
  const changed = stage === 'remove' && error.kind === 'conflict';

  return (
    <Dialog
      title={stage === 'plan' ? 'Planning the delete failed' : 'Delete failed'}
      initialFocus={closeButton}
      onCancel={close}
      actions={
        <>
          <button ref={closeButton} type="button" className="button" onClick={close}>
            Close
          </button>
          {changed && (
            <button
              type="button"
              className="button button-primary"
              onClick={() => {
                void review();
              }}
            >
              Review the new plan
            </button>
          )}
        </>
      }
    >
      <ErrorMessage problem={error} />
      <p className="hint">
        {stage === 'plan'
          ? 'Nothing was removed.'
          : 'The tables have been reloaded: check them to see what changed.'}
      </p>
    </Dialog>
  );
}

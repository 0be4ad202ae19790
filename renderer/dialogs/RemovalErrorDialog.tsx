import { useRef } from 'react';

import type { Problem } from '../api/ApiError.js';
import { ErrorMessage } from '../common/ErrorMessage.js';
import { useRemoval } from '../stores/hooks.js';
import { Dialog } from './Dialog.js';

/** Shows a plan or remove call that failed as a whole, with the error kind and message. */
export function RemovalErrorDialog({ stage, error }: { stage: 'plan' | 'remove'; error: Problem }) {
  const close = useRemoval((state) => state.cancel);
  const closeButton = useRef<HTMLButtonElement>(null);

  return (
    <Dialog
      title={stage === 'plan' ? 'Planning the delete failed' : 'Delete failed'}
      initialFocus={closeButton}
      onCancel={close}
      actions={
        <button ref={closeButton} type="button" className="button" onClick={close}>
          Close
        </button>
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

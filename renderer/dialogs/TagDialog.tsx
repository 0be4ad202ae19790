import { useId, useRef, useState } from 'react';

import type { TagResult } from '../../electron/ipc/contract.js';
import { ErrorMessage } from '../common/ErrorMessage.js';
import { shortId } from '../format/shortId.js';
import { useImages, useTagging } from '../stores/hooks.js';
import { Dialog } from './Dialog.js';
import { findMovedName, type MovedName } from './movedName.js';

function TagDone({ result }: { result: TagResult }) {
  return (
    <>
      <p>
        <code>{result.target}</code> now names image <code>{shortId(result.imageId)}</code>.
      </p>
      {result.replacedImageId !== null && (
        <p className="hint">
          It named image <code>{shortId(result.replacedImageId)}</code> before.
          {result.keptDangling !== null &&
            ' That image had no other name and is kept as a dangling <none> image.'}
        </p>
      )}
    </>
  );
}

function MoveWarning({ moved }: { moved: MovedName }) {
  const from = shortId(moved.fromImageId);
  return (
    <div className="banner banner-warning" role="note" aria-label="Name moves">
      <p>
        <code>{moved.name}</code> names image <code>{from}</code> now. Tagging moves the name to{' '}
        {moved.toImageId === null ? 'the source image' : <code>{shortId(moved.toImageId)}</code>}.
      </p>
      {moved.lastName && (
        <p>
          It is the last name of image <code>{from}</code>.{' '}
          {moved.inUse
            ? 'A container uses that image, so it is kept as a dangling <none> record.'
            : 'No container uses that image, so it leaves the list with no record.'}
        </p>
      )}
    </div>
  );
}

/** Runs `quayside tag SOURCE TARGET` as a dialog: the new name, then the engine's result. */
export function TagDialog() {
  const step = useTagging((state) => state.step);
  const submit = useTagging((state) => state.submit);
  const close = useTagging((state) => state.close);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const inputId = useId();
  const [target, setTarget] = useState('');
  const rows = useImages((state) => state.listing?.rows);

  if (step.kind === 'closed') {
    return null;
  }
  const saving = step.kind === 'editing' && step.saving;
  const formId = `${inputId}-form`;
  const moved =
    step.kind === 'editing' && target.trim() !== '' && rows !== undefined
      ? findMovedName(rows, step.source, target)
      : null;
  const dismiss = () => {
    setTarget('');
    close();
  };

  return (
    <Dialog
      key={step.kind}
      title={step.kind === 'done' ? 'Image tagged' : 'Tag image'}
      initialFocus={cancelButton}
      onCancel={dismiss}
      busy={saving}
      actions={
        step.kind === 'done' ? (
          <button ref={cancelButton} type="button" className="button" onClick={dismiss}>
            Close
          </button>
        ) : (
          <>
            <button
              ref={cancelButton}
              type="button"
              className="button"
              disabled={saving}
              onClick={dismiss}
            >
              Cancel
            </button>
            <button
              type="submit"
              form={formId}
              className="button button-primary"
              disabled={saving || target.trim() === ''}
            >
              {saving ? 'Tagging…' : 'Tag'}
            </button>
          </>
        )
      }
    >
      {step.kind === 'done' ? (
        <TagDone result={step.result} />
      ) : (
        <form
          id={formId}
          className="form"
          onSubmit={(event) => {
            event.preventDefault();
            void submit(target.trim());
          }}
        >
          <p>
            Source: <code>{step.source}</code>
          </p>
          <label htmlFor={inputId}>Target name</label>
          <input
            id={inputId}
            className="input"
            value={target}
            placeholder="repository:tag"
            autoComplete="off"
            spellCheck={false}
            disabled={saving}
            onChange={(event) => {
              setTarget(event.target.value);
            }}
          />
          {moved !== null && <MoveWarning moved={moved} />}
          {step.error !== null && <ErrorMessage problem={step.error} />}
        </form>
      )}
    </Dialog>
  );
}

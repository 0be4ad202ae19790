import { useRef } from 'react';

import type { InputResult, RemovalResult, ResultLine } from '../../electron/ipc/contract.js';
import { formatBytes } from '../format/formatBytes.js';
import { useRemoval } from '../stores/hooks.js';
import { Dialog } from './Dialog.js';
import { NamespaceNote } from './NamespaceNote.js';

function lineText(line: ResultLine): string {
  switch (line.kind) {
    case 'untagged':
      return `Untagged: ${line.value}`;
    case 'deleted':
      return `Deleted: ${line.value}`;
    default: {
      const unknown: never = line;
      throw new Error(`unknown result line ${JSON.stringify(unknown)}`);
    }
  }
}

function inputLines(input: InputResult): { text: string; error: boolean }[] {
  const lines = input.lines.map((line) => ({ text: lineText(line), error: false }));
  return input.kind === 'failed'
    ? [...lines, { text: `Error: ${input.error.message}`, error: true }]
    : lines;
}

/** Shows what a removal did, line by line as `quayside rmi` prints it, and the bytes freed. */
export function ResultDialog({ result }: { result: RemovalResult }) {
  const close = useRemoval((state) => state.cancel);
  const closeButton = useRef<HTMLButtonElement>(null);
  const lines = result.inputs.flatMap(inputLines);

  return (
    <Dialog
      title={result.exitStatus === 0 ? 'Delete finished' : 'Delete finished with errors'}
      initialFocus={closeButton}
      onCancel={close}
      actions={
        <button ref={closeButton} type="button" className="button" onClick={close}>
          Close
        </button>
      }
    >
      <NamespaceNote lead="Delete" />
      <ul className="result-lines" aria-label="Result">
        {lines.map((line, index) => (
          // Lines can repeat (two inputs may untag the same name), so the index is part of the key.
          <li
            key={`${String(index)} ${line.text}`}
            className={line.error ? 'result-error' : undefined}
          >
            {line.text}
          </li>
        ))}
      </ul>
      <p className="freed">
        Freed <strong>{formatBytes(result.freedBytes)}</strong>.
      </p>
    </Dialog>
  );
}

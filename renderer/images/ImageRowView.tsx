import type { KeyboardEvent, MouseEvent } from 'react';

import type { ImageRow } from '../../electron/ipc/contract.js';
import { PathText } from '../common/PathText.js';
import { formatBytes } from '../format/formatBytes.js';
import { formatFullTime, formatRelativeTime } from '../format/formatTime.js';
import type { SelectMode } from '../stores/images.js';
import { useImages } from '../stores/hooks.js';
import { InUseBadge } from './InUseBadge.js';
import { RowMenu } from './RowMenu.js';
import { rowLabel } from './rowInputs.js';

/** Props of one row: its data and the table's handlers, which know the visible order. */
export interface ImageRowProps {
  readonly row: ImageRow;
  /** Whether Tab reaches this row (roving tabindex: one row of the table at a time). */
  readonly tabbable: boolean;
  readonly now: number;
  readonly onSelect: (key: string, mode: SelectMode) => void;
  readonly onKeyDown: (event: KeyboardEvent<HTMLTableRowElement>, row: ImageRow) => void;
  readonly rowRef: (key: string, element: HTMLTableRowElement | null) => void;
}

function clickMode(event: MouseEvent): SelectMode {
  if (event.shiftKey) {
    return 'range';
  }
  return event.ctrlKey || event.metaKey ? 'toggle' : 'only';
}

/** Renders one row of the images table. */
export function ImageRowView({ row, tabbable, now, onSelect, onKeyDown, rowRef }: ImageRowProps) {
  const selected = useImages((state) => state.selection.has(row.key));
  const focus = useImages((state) => state.focus);
  const label = rowLabel(row);

  return (
    <tr
      ref={(element) => {
        rowRef(row.key, element);
      }}
      className={selected ? 'row row-selected' : 'row'}
      tabIndex={tabbable ? 0 : -1}
      aria-label={label}
      onFocus={(event) => {
        if (event.target === event.currentTarget) {
          focus(row.key);
        }
      }}
      onClick={(event) => {
        onSelect(row.key, clickMode(event));
      }}
      onKeyDown={(event) => {
        onKeyDown(event, row);
      }}
    >
      <td className="cell-select">
        <input
          type="checkbox"
          aria-label={`Select ${label}`}
          checked={selected}
          onClick={(event) => {
            event.stopPropagation();
          }}
          onChange={() => {
            onSelect(row.key, 'toggle');
          }}
        />
      </td>
      <td className="cell-repository">
        {row.dangling ? (
          <span className="muted">{row.repository}</span>
        ) : (
          <PathText text={row.repository} />
        )}
        {row.intermediate && <span className="badge badge-plain">intermediate</span>}
        {row.problem !== null && (
          <span className="badge badge-warning" title={row.problem}>
            content problem
          </span>
        )}
      </td>
      <td className={row.tag === '<none>' ? 'cell-tag muted' : 'cell-tag'}>
        <span className="clip" title={row.tag}>
          {row.tag}
        </span>
      </td>
      <td className="cell-fit">
        <code title={row.imageId}>{row.shortId}</code>
      </td>
      <td className="cell-fit">
        {row.created === null ? (
          <span className="muted">unknown</span>
        ) : (
          <time dateTime={row.created} title={formatFullTime(row.created)}>
            {formatRelativeTime(row.created, now)}
          </time>
        )}
      </td>
      <td className="cell-fit cell-number">{formatBytes(row.size)}</td>
      <td className="cell-in-use">
        <InUseBadge containers={row.containers} />
      </td>
      <td className="cell-actions">
        <RowMenu row={row} />
      </td>
    </tr>
  );
}

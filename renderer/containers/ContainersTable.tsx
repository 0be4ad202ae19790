import type { ContainerRow } from '../../electron/ipc/contract.js';
import { PathText } from '../common/PathText.js';
import { formatFullTime, formatRelativeTime } from '../format/formatTime.js';
import { shortContainerId } from '../format/shortId.js';
import { useNow } from '../images/useNow.js';
import { useContainers } from '../stores/hooks.js';
import { describeState } from './containerState.js';

function ContainerRowView({ row, now }: { row: ContainerRow; now: number }) {
  const state = describeState(row.status);
  return (
    <tr className="row">
      <td className="cell-name">
        {row.name ?? <code title={row.id}>{shortContainerId(row.id)}</code>}
        {row.name !== null && (
          <code className="secondary" title={row.id}>
            {shortContainerId(row.id)}
          </code>
        )}
      </td>
      <td className="cell-repository">
        {row.image === '' ? <span className="muted">none</span> : <PathText text={row.image} />}
      </td>
      <td className="cell-fit">
        <span className={`badge badge-${state.group}`}>{state.label}</span>
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
    </tr>
  );
}

/** Renders the containers of the namespace, running ones first. */
export function ContainersTable({ labelledBy }: { labelledBy: string }) {
  const listing = useContainers((state) => state.listing);
  const loading = useContainers((state) => state.loading);
  const now = useNow();
  const rows = [...(listing?.rows ?? [])].sort(
    (a, b) =>
      Number(b.running) - Number(a.running) || (a.name ?? a.id).localeCompare(b.name ?? b.id),
  );

  return (
    <table className="table" aria-labelledby={labelledBy}>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Image</th>
          <th scope="col" className="cell-fit">
            State
          </th>
          <th scope="col" className="cell-fit">
            Created
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <ContainerRowView key={row.id} row={row} now={now} />
        ))}
        {rows.length === 0 && (
          <tr>
            <td colSpan={4} className="cell-empty">
              {listing === null
                ? loading
                  ? 'Loading containers…'
                  : 'No containers to show.'
                : 'No containers in this namespace.'}
            </td>
          </tr>
        )}
      </tbody>
    </table>
  );
}

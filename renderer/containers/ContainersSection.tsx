import { ErrorMessage } from '../common/ErrorMessage.js';
import { useContainers } from '../stores/hooks.js';
import { ContainersTable } from './ContainersTable.js';

/** Renders the Containers panel: heading, listing errors and the table. */
export function ContainersSection() {
  const error = useContainers((state) => state.error);
  const count = useContainers((state) => state.listing?.rows.length ?? null);

  return (
    <section className="panel" aria-labelledby="containers-heading">
      <div className="panel-head">
        <h2 id="containers-heading">Containers</h2>
        {count !== null && <span className="count">{count}</span>}
      </div>
      {error !== null && <ErrorMessage problem={error} context="Listing containers failed." />}
      <ContainersTable labelledBy="containers-heading" />
    </section>
  );
}

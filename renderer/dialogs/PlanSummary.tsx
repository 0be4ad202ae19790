import type { ReactNode } from 'react';

import { formatBytes } from '../format/formatBytes.js';
import { shortId } from '../format/shortId.js';
import type { PlannedInput } from '../stores/removalSteps.js';

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/** Shortens the ID in a `moby-dangling@sha256:<64 hex>` record name to 12 digits. */
function shortenRecordName(name: string): string {
  return name.replace(/sha256:([0-9a-f]{12})[0-9a-f]{52}$/, 'sha256:$1…');
}

function PlanList({ title, items }: { title: string; items: readonly ReactNode[] }) {
  if (items.length === 0) {
    return null;
  }
  return (
    <section className="plan-section" aria-label={title}>
      <h3>
        {title} <span className="count">{items.length}</span>
      </h3>
      <ul className="plan-list">{items}</ul>
    </section>
  );
}

function imageItem(id: string) {
  return (
    <li key={id}>
      <code title={id}>{shortId(id)}</code>
    </li>
  );
}

/** Lists what the planned inputs do: names untagged, images deleted, parents pruned, bytes freed. */
export function PlanSummary({
  planned,
  freedBytes,
}: {
  planned: readonly PlannedInput[];
  freedBytes: number;
}) {
  const pruned = unique(planned.flatMap((input) => input.pruned));
  const deleted = unique(planned.flatMap((input) => input.deleted)).filter(
    (id) => !pruned.includes(id),
  );
  const untagged = unique(planned.flatMap((input) => input.untagged));
  const kept = unique(
    planned.flatMap((input) => (input.keptDangling === null ? [] : [input.keptDangling])),
  );

  return (
    <>
      <PlanList
        title="Names to untag"
        items={untagged.map((name) => (
          <li key={name}>{name}</li>
        ))}
      />
      <PlanList title="Images to delete" items={deleted.map(imageItem)} />
      <PlanList title="Parents to prune" items={pruned.map(imageItem)} />
      <PlanList
        title="Kept as dangling images for their containers"
        items={kept.map((name) => (
          <li key={name}>
            <code title={name}>{shortenRecordName(name)}</code>
          </li>
        ))}
      />
      <p className="freed">
        The content store frees <strong>{formatBytes(freedBytes)}</strong>.
      </p>
    </>
  );
}

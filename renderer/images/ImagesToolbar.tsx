import { useId } from 'react';

import { useImages, useRemoval, useSettings } from '../stores/hooks.js';
import { useImageActions } from './useImageActions.js';
import { useVisibleRows } from './useVisibleRows.js';

function statusText(planning: boolean, selectedCount: number): string {
  if (planning) {
    return 'Planning…';
  }
  return selectedCount > 0 ? `${selectedCount} selected` : '';
}

/** Renders a labelled checkbox with the switch role. */
function Switch({
  label,
  checked,
  onChange,
  hint,
}: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint: string;
}) {
  return (
    <label className="switch" title={hint}>
      <input
        type="checkbox"
        role="switch"
        checked={checked}
        onChange={(event) => {
          onChange(event.target.checked);
        }}
      />
      <span className="switch-track" aria-hidden="true" />
      {label}
    </label>
  );
}

/** Renders the filter box, the intermediate toggle, the Force and Prune switches and Delete. */
export function ImagesToolbar() {
  const filterId = useId();
  const rows = useVisibleRows();
  const filter = useImages((state) => state.filter);
  const setFilter = useImages((state) => state.setFilter);
  const showIntermediate = useImages((state) => state.showIntermediate);
  const setShowIntermediate = useImages((state) => state.setShowIntermediate);
  const selection = useImages((state) => state.selection);
  const force = useSettings((state) => state.force);
  const prune = useSettings((state) => state.prune);
  const setForce = useSettings((state) => state.setForce);
  const setPrune = useSettings((state) => state.setPrune);
  const planning = useRemoval((state) => state.step.kind === 'planning');
  const actions = useImageActions();
  const selectedCount = rows.filter((row) => selection.has(row.key)).length;

  return (
    <div className="toolbar">
      <label htmlFor={filterId} className="visually-hidden">
        Filter images
      </label>
      <input
        id={filterId}
        type="search"
        className="input filter"
        placeholder="Filter by name, tag or ID"
        value={filter}
        onChange={(event) => {
          setFilter(event.target.value);
        }}
      />
      <label className="checkbox">
        <input
          type="checkbox"
          checked={showIntermediate}
          onChange={(event) => {
            setShowIntermediate(event.target.checked);
          }}
        />
        Show intermediate images
      </label>
      <span className="toolbar-spacer" />
      <span className="selection-count" role="status" aria-label="Selection">
        {statusText(planning, selectedCount)}
      </span>
      <Switch
        label="Force"
        checked={force}
        onChange={setForce}
        hint="Delete despite conflicts with stopped containers or other names"
      />
      <Switch
        label="Prune"
        checked={prune}
        onChange={setPrune}
        hint="Also delete the dangling parents of a deleted image"
      />
      <button
        type="button"
        className="button button-danger"
        disabled={selectedCount === 0}
        onClick={() => {
          actions.deleteSelected(rows, null);
        }}
      >
        Delete
      </button>
    </div>
  );
}

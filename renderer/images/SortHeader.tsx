import { useImages } from '../stores/hooks.js';
import type { ImageSortColumn } from './visibleRows.js';

function sortMark(active: boolean, direction: 'ascending' | 'descending'): string {
  if (!active) {
    return '';
  }
  return direction === 'ascending' ? '▲' : '▼';
}

/** Renders a column header that sorts the images table; a second click flips the direction. */
export function SortHeader({
  column,
  label,
  className,
}: {
  column: ImageSortColumn;
  label: string;
  className?: string;
}) {
  const active = useImages((state) => state.sort.column === column);
  const direction = useImages((state) => state.sort.direction);
  const sortBy = useImages((state) => state.sortBy);

  return (
    <th scope="col" className={className} aria-sort={active ? direction : 'none'}>
      <button
        type="button"
        className="sort-button"
        onClick={() => {
          sortBy(column);
        }}
      >
        {label}
        <span className="sort-mark" aria-hidden="true">
          {sortMark(active, direction)}
        </span>
      </button>
    </th>
  );
}

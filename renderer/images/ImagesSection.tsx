import { ErrorMessage } from '../common/ErrorMessage.js';
import { useImages } from '../stores/hooks.js';
import { ImagesTable } from './ImagesTable.js';
import { ImagesToolbar } from './ImagesToolbar.js';
import { useVisibleRows } from './useVisibleRows.js';

/** Renders the Images panel: heading, toolbar, listing errors and the table. */
export function ImagesSection() {
  const error = useImages((state) => state.error);
  const loaded = useImages((state) => state.listing !== null);
  // The rows the table shows, so hidden intermediate images and filtered rows are not counted.
  const shown = useVisibleRows().length;
  const count = loaded ? shown : null;

  return (
    <section className="panel" aria-labelledby="images-heading">
      <div className="panel-head">
        <h2 id="images-heading">Images</h2>
        {count !== null && <span className="count">{count}</span>}
      </div>
      <ImagesToolbar />
      {error !== null && <ErrorMessage problem={error} context="Listing images failed." />}
      <ImagesTable labelledBy="images-heading" />
    </section>
  );
}

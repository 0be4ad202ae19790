import type { ContainerRef } from '../../electron/ipc/contract.js';
import { useContainerNames } from '../common/useContainerNames.js';

/** Names the containers that use an image, running ones apart from stopped ones. */
export function InUseBadge({ containers }: { containers: readonly ContainerRef[] }) {
  const nameOf = useContainerNames();
  const running = containers.filter((container) => container.running).map((c) => nameOf(c.id));
  const stopped = containers.filter((container) => !container.running).map((c) => nameOf(c.id));

  return (
    <span className="badges">
      {running.length > 0 && (
        <span className="badge badge-running">Running: {running.join(', ')}</span>
      )}
      {stopped.length > 0 && (
        <span className="badge badge-stopped">Stopped: {stopped.join(', ')}</span>
      )}
    </span>
  );
}

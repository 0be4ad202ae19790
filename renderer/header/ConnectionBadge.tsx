import { useConnection } from '../stores/hooks.js';

/** Whether containerd is reachable, with its version when it is. */
export function ConnectionBadge() {
  const state = useConnection((connection) => connection.state);
  const version = useConnection((connection) => connection.version);

  const text =
    state === 'connected'
      ? `Connected${version === null ? '' : ` to containerd ${version}`}`
      : state === 'disconnected'
        ? 'Disconnected'
        : 'Connecting…';
  return (
    <span className={`connection-badge connection-${state}`} role="status" aria-label="Connection">
      {text}
    </span>
  );
}

import { useConnection } from '../stores/hooks.js';

/** Shows, in the browser shell, that the socket to the `quayside ui` server is down. */
export function LinkBanner() {
  const link = useConnection((state) => state.link);
  if (link === 'open') {
    return null;
  }
  return (
    <p className="banner banner-warning" role="status">
      {link === 'closed'
        ? 'Lost the connection to the Quayside server. Reconnecting…'
        : 'Connecting to the Quayside server…'}
    </p>
  );
}

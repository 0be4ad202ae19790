import { useStores } from '../stores/StoresContext.js';
import { useConnection } from '../stores/hooks.js';
import { ConnectionBadge } from './ConnectionBadge.js';
import { ConnectionProblem } from './ConnectionProblem.js';
import { LinkBanner } from './LinkBanner.js';
import { NamespacePicker } from './NamespacePicker.js';

/** Renders the top bar: containerd's address, the namespace, the connection state and Refresh. */
export function Header() {
  const stores = useStores();
  const address = useConnection((state) => state.address);

  return (
    <>
      <header className="header">
        <span className="brand">Quayside</span>
        <span className="header-address" title={address}>
          <span className="header-label">containerd</span>{' '}
          <code>{address === '' ? '…' : address}</code>
        </span>
        <NamespacePicker />
        <ConnectionBadge />
        <button
          type="button"
          className="button"
          onClick={() => {
            void stores.refreshAll();
          }}
        >
          Refresh
        </button>
      </header>
      <LinkBanner />
      <ConnectionProblem />
    </>
  );
}

import { useId } from 'react';

import { ErrorMessage } from '../common/ErrorMessage.js';
import { useStores } from '../stores/StoresContext.js';
import { useConnection } from '../stores/hooks.js';

/** Renders the namespace picker; choosing another namespace reloads everything. */
export function NamespacePicker() {
  const stores = useStores();
  const id = useId();
  const namespace = useConnection((state) => state.namespace);
  const namespaces = useConnection((state) => state.namespaces);
  const error = useConnection((state) => state.namespacesError);
  const switching = useConnection((state) => state.switching);
  // A missing namespace still lets the user pick an existing one, because containerd responds.
  const usable = useConnection(
    (state) =>
      state.state === 'connected' ||
      (state.state === 'disconnected' && state.error?.kind === 'not-found'),
  );

  // The current namespace may be empty of images, so containerd does not always list it.
  const choices = namespaces.includes(namespace) ? namespaces : [namespace, ...namespaces];
  return (
    <span className="namespace-picker">
      <label htmlFor={id} className="header-label">
        Namespace
      </label>
      <select
        id={id}
        className="select"
        value={namespace}
        disabled={!usable || switching}
        onChange={(event) => {
          void stores.selectNamespace(event.target.value);
        }}
      >
        {choices
          .filter((name) => name !== '')
          .map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
      </select>
      {error !== null && <ErrorMessage problem={error} context="Namespaces:" />}
    </span>
  );
}

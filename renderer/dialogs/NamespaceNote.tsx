import { useConnection } from '../stores/hooks.js';

/**
 * Names the namespace that a removal dialog acts on, as `<lead> in namespace <name>:`, so a user
 * who switched namespaces can tell where the delete runs.
 */
export function NamespaceNote({ lead }: { lead: string }) {
  const namespace = useConnection((state) => state.namespace);
  return (
    <p className="namespace-note">
      {lead} in namespace <strong>{namespace}</strong>:
    </p>
  );
}

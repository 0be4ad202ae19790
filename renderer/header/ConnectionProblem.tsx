import type { ErrorKind } from '../../electron/ipc/contract.js';
import { ProblemText } from '../common/ErrorMessage.js';
import { useStores } from '../stores/StoresContext.js';
import { useConnection } from '../stores/hooks.js';

function explain(
  kind: ErrorKind,
  address: string,
  namespace: string,
): { title: string; text: string } {
  switch (kind) {
    case 'unavailable':
      return {
        title: 'Cannot reach containerd',
        text: `Nothing answers at ${address}: containerd may not be running, or it listens on another socket.`,
      };
    case 'permission-denied':
      return {
        title: 'No permission to use containerd',
        text: `The socket ${address} exists, but this user is not allowed to open it.`,
      };
    case 'not-found':
      return {
        title: 'Namespace not found',
        text: `containerd at ${address} has no namespace ${namespace}. Pick an existing one in the Namespace list.`,
      };
    case 'conflict':
    case 'invalid-argument':
    case 'internal':
      return {
        title: 'Cannot connect to containerd',
        text: `Connecting to ${address} failed.`,
      };
    default: {
      const unknown: never = kind;
      throw new Error(`unknown error kind ${String(unknown)}`);
    }
  }
}

/** When containerd cannot be reached: why, in plain words, what to do, and Retry. */
export function ConnectionProblem() {
  const stores = useStores();
  const state = useConnection((connection) => connection.state);
  const error = useConnection((connection) => connection.error);
  const address = useConnection((connection) => connection.address);
  const namespace = useConnection((connection) => connection.namespace);
  if (state !== 'disconnected' || error === null) {
    return null;
  }

  const { title, text } = explain(
    error.kind,
    address === '' ? 'the configured address' : address,
    namespace,
  );
  return (
    <section className="problem" role="alert" aria-labelledby="connection-problem-title">
      <h2 id="connection-problem-title">{title}</h2>
      <p>{text}</p>
      <p className="problem-message">
        <ProblemText problem={error} />
      </p>
      <button
        type="button"
        className="button button-primary"
        onClick={() => {
          void stores.refreshAll();
        }}
      >
        Retry
      </button>
    </section>
  );
}

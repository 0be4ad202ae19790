import type { TaskStatus } from '../../electron/ipc/contract.js';

/** A group of task states in the containers table; each group has its own badge colour. */
export type StateGroup = 'running' | 'stopped' | 'created' | 'unknown';

/** Returns the label and group of a task status; a container without a task is `Created`. */
export function describeState(status: TaskStatus): { label: string; group: StateGroup } {
  switch (status) {
    case 'RUNNING':
      return { label: 'Running', group: 'running' };
    case 'PAUSED':
      return { label: 'Paused', group: 'running' };
    case 'PAUSING':
      return { label: 'Pausing', group: 'running' };
    case 'STOPPED':
      return { label: 'Stopped', group: 'stopped' };
    case 'CREATED':
    case 'NONE':
      return { label: 'Created', group: 'created' };
    case 'UNKNOWN':
      return { label: 'Unknown', group: 'unknown' };
    default: {
      const unknown: never = status;
      throw new Error(`unknown task status ${String(unknown)}`);
    }
  }
}

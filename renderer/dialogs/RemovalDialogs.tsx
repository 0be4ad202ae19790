import { useRemoval } from '../stores/hooks.js';
import { PlanDialog } from './PlanDialog.js';
import { RejectedDialog } from './RejectedDialog.js';
import { RemovalErrorDialog } from './RemovalErrorDialog.js';
import { ResultDialog } from './ResultDialog.js';
import { SoftConflictDialog } from './SoftConflictDialog.js';

/** Renders the dialog of the current removal step, if any. */
export function RemovalDialogs() {
  const step = useRemoval((state) => state.step);

  switch (step.kind) {
    case 'idle':
    case 'planning':
      return null;
    case 'conflict':
      return <SoftConflictDialog plan={step.plan} />;
    case 'rejected':
      return <RejectedDialog plan={step.plan} />;
    case 'confirm':
      return <PlanDialog plan={step.plan} overridden={step.overridden} removing={false} />;
    case 'removing':
      return <PlanDialog plan={step.plan} overridden={step.overridden} removing={true} />;
    case 'done':
      return <ResultDialog result={step.result} />;
    case 'failed':
      return <RemovalErrorDialog stage={step.stage} error={step.error} />;
    default: {
      const unknown: never = step;
      throw new Error(`unknown removal step ${JSON.stringify(unknown)}`);
    }
  }
}

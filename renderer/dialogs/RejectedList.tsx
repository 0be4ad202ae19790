import { useContainerNames } from '../common/useContainerNames.js';
import { useInputLabels } from '../common/useInputLabels.js';
import type { ConflictInput, FailedInput } from '../stores/removalSteps.js';
import { explainConflict } from './explainConflict.js';

/** Lists the inputs the engine rejected, each with the reason in plain words and its message. */
export function RejectedList({
  title,
  inputs,
}: {
  title: string;
  inputs: readonly (ConflictInput | FailedInput)[];
}) {
  const nameOf = useContainerNames();
  const labelOf = useInputLabels();
  if (inputs.length === 0) {
    return null;
  }
  return (
    <section className="plan-section" aria-label={title}>
      <h3>{title}</h3>
      <ul className="rejected-list">
        {inputs.map((input) => (
          <li key={input.input} className="rejected">
            <strong className="rejected-input" title={input.input}>
              {labelOf(input.input)}
            </strong>
            {input.kind === 'conflict' && (
              <p>{explainConflict(labelOf(input.input), input.conflict, nameOf)}</p>
            )}
            <samp className="engine-message">
              Error: {input.kind === 'conflict' ? input.conflict.message : input.error.message}
            </samp>
          </li>
        ))}
      </ul>
    </section>
  );
}

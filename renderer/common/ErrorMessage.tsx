import type { Problem } from '../api/ApiError.js';
import { kindLabelOf } from '../api/ApiError.js';

/** Shows the error kind and message of `problem`, with the kind only where the message lacks it. */
export function ProblemText({ problem }: { problem: Problem }) {
  const label = kindLabelOf(problem);
  return (
    <>
      {label !== null && <span className="error-kind">{label}: </span>}
      {problem.message}
    </>
  );
}

/** Shows a failed call: what failed, the error kind when it adds something, the engine's message. */
export function ErrorMessage({ problem, context }: { problem: Problem; context?: string }) {
  return (
    <p className="error-message" role="alert">
      {context !== undefined && <span className="error-context">{context} </span>}
      <ProblemText problem={problem} />
    </p>
  );
}

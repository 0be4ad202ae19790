import type { Problem } from '../api/ApiError.js';
import { describeKind } from '../api/ApiError.js';

/** Shows a failed call: the error kind, then the engine's message. */
export function ErrorMessage({ problem, context }: { problem: Problem; context?: string }) {
  return (
    <p className="error-message" role="alert">
      {context !== undefined && <span className="error-context">{context} </span>}
      <span className="error-kind">{describeKind(problem.kind)}:</span> {problem.message}
    </p>
  );
}

import type { Problem } from './api/ApiError.js';
import { ErrorMessage } from './common/ErrorMessage.js';

/** Shown instead of the window when the page has no way to reach the main process. */
export function StartupError({ problem }: { problem: Problem }) {
  return (
    <main className="crash">
      <h1>Quayside cannot start</h1>
      <ErrorMessage problem={problem} />
    </main>
  );
}

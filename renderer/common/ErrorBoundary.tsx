import { Component, type ReactNode } from 'react';

interface ErrorBoundaryState {
  readonly error: Error | null;
}

/** Shows a failed render as a message with a reload button instead of a blank window. */
export class ErrorBoundary extends Component<{ children: ReactNode }, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (error === null) {
      return this.props.children;
    }
    return (
      <main className="crash" role="alert">
        <h1>The window failed to draw</h1>
        <p className="error-message">
          <span className="error-kind">Internal error:</span> {error.message}
        </p>
        <button
          type="button"
          className="button"
          onClick={() => {
            window.location.reload();
          }}
        >
          Reload
        </button>
      </main>
    );
  }
}

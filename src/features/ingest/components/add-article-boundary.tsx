import { Component, type ErrorInfo, type ReactNode } from 'react';

type Props = { onClose: () => void; children: ReactNode };
type State = { error: Error | null };

/**
 * Keeps a failure of Add article… (its code not loading while offline, or
 * a bug while drawing it) from taking the dashboard down: it says so in
 * place of the dialog. React.lazy remembers a failed load, hence the reload.
 */
export class AddArticleBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('Add article… failed', error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="notice notice--warning ingest-failed" role="alert">
        <p>
          Add article… could not be opened ({this.state.error.message}). The dashboard is unchanged; reload the page to try again.
        </p>
        <button type="button" onClick={this.props.onClose}>
          Close
        </button>
      </div>
    );
  }
}

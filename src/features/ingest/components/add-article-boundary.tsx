import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useT, type Translate } from '../../../shared/i18n/use-t';

type Props = { onClose: () => void; children: ReactNode };
type InnerProps = Props & { t: Translate };
type State = { error: Error | null };

/**
 * Keeps a failure of Add article… (its code not loading while offline, or
 * a bug while drawing it) from taking the dashboard down: it says so in
 * place of the dialog. React.lazy remembers a failed load, hence the reload.
 */
class Boundary extends Component<InnerProps, State> {
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
        <p>{this.props.t('ingest.failed', { message: this.state.error.message })}</p>
        <button type="button" onClick={this.props.onClose}>
          {this.props.t('ingest.close')}
        </button>
      </div>
    );
  }
}

export function AddArticleBoundary(props: Props) {
  const t = useT();
  return <Boundary {...props} t={t} />;
}

import { Component, useId, type ErrorInfo, type ReactNode } from 'react';
import { useT } from '../shared/i18n/use-t';

type BoundaryProps = { name: string; children: ReactNode; failed: (name: string, message: string) => string; tryAgain: string };
type BoundaryState = { error: Error | null };

/** Keeps a failing panel from taking the others down, and lets the user retry it. */
class PanelBoundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { error: null };

  static getDerivedStateFromError(error: Error): BoundaryState {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(`The ${this.props.name} panel failed`, error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div role="alert" className="panel-error">
        <p>{this.props.failed(this.props.name, this.state.error.message)}</p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          {this.props.tryAgain}
        </button>
      </div>
    );
  }
}

type Props = {
  title: string;
  /** The panel's name, as `data-panel`: what the dashboard watches to know which panels are on screen. */
  name?: string;
  className?: string;
  actions?: ReactNode;
  children: ReactNode;
  busy?: boolean;
};

/** A titled region of the dashboard with its own error boundary. */
export function Panel({ title, name, className = '', actions, children, busy }: Props) {
  const id = useId();
  const t = useT();
  return (
    <section className={`panel ${className}`} data-panel={name} aria-labelledby={id} aria-busy={busy || undefined}>
      <div className="panel__head">
        <h2 id={id}>{title}</h2>
        {actions}
      </div>
      <PanelBoundary name={t.locale === 'en' ? title.toLowerCase() : title} failed={(name, message) => t('panel.failed', { name, message })} tryAgain={t('panel.tryAgain')}>
        {children}
      </PanelBoundary>
    </section>
  );
}

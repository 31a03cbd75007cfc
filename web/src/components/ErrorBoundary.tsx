/** The app's error boundary: an unexpected render error becomes a message with a reload button, not a blank page. */
import { Component, type ErrorInfo, type ReactNode } from "react";

interface Props {
  children: ReactNode;
}

interface State {
  error: Error | null;
}

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error("app: render failed", error, info.componentStack);
  }

  override render(): ReactNode {
    if (this.state.error === null) return this.props.children;
    return (
      <div className="page-state error" role="alert" data-testid="crash-state">
        <h2>出错了 · Something went wrong</h2>
        <pre className="error-detail">{this.state.error.message}</pre>
        <button type="button" className="primary" onClick={() => window.location.reload()}>
          重新加载 · Reload
        </button>
      </div>
    );
  }
}

import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  fallback: ReactNode;
  children: ReactNode;
}

/** One admin page failing (a 5xx, a broken payload) leaves the console's navigation working. */
export class PageErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(_error: Error, _info: ErrorInfo): void {
    // The fallback says what happened; nothing else to do here.
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <MessageBar intent="error" role="alert">
        <MessageBarBody>{this.props.fallback}</MessageBarBody>
      </MessageBar>
    );
  }
}

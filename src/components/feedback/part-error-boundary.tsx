import { useQueryErrorResetBoundary } from '@tanstack/react-query';
import { Component, Fragment, type ErrorInfo, type ReactNode } from 'react';
import { ErrorState } from './error-state';

interface BoundaryProps {
  children: ReactNode;
  onReset(): void;
}

interface BoundaryState {
  error: unknown;
  attempt: number;
}

class Boundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { error: null, attempt: 0 };

  static getDerivedStateFromError(error: unknown): Partial<BoundaryState> {
    return { error: error ?? new Error('Unknown error') };
  }

  override componentDidCatch(_error: unknown, _info: ErrorInfo): void {
    // Shown in place; React already reported it in development.
  }

  override render(): ReactNode {
    if (this.state.error) {
      const retry = () => {
        this.props.onReset();
        this.setState((state) => ({ error: null, attempt: state.attempt + 1 }));
      };
      return <ErrorState error={this.state.error} onRetry={retry} />;
    }
    // A new key on "try again": what failed mounts afresh (a part that failed to load loads again).
    return <Fragment key={this.state.attempt}>{this.props.children}</Fragment>;
  }
}

/**
 * An error boundary for part of a page (a step or an editor that loads on demand): what went
 * wrong shows in its place with "Try again", and the rest of the page stays.
 */
export function PartErrorBoundary({ children }: { children: ReactNode }) {
  const { reset } = useQueryErrorResetBoundary();
  return <Boundary onReset={reset}>{children}</Boundary>;
}

import { useQueryErrorResetBoundary } from '@tanstack/react-query';
import { Component, createRef, Fragment, type ErrorInfo, type ReactNode } from 'react';
import { ErrorState } from './error-state';

interface BoundaryProps {
  children: ReactNode;
  onReset(): void;
  keepHeight?: boolean;
}

interface BoundaryState {
  error: unknown;
  attempt: number;
  /** The height of what failed, kept by the error in its place (`keepHeight`). */
  height: number | null;
}

class Boundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { error: null, attempt: 0, height: null };
  private readonly box = createRef<HTMLDivElement>();

  override getSnapshotBeforeUpdate(_props: BoundaryProps, previous: BoundaryState): number | null {
    return this.props.keepHeight && !previous.error && this.state.error ? (this.box.current?.offsetHeight ?? null) : null;
  }

  override componentDidUpdate(_props: BoundaryProps, _state: BoundaryState, height: number | null): void {
    // Before the browser paints: the error takes the height of what it replaced.
    if (height) this.setState({ height });
  }

  static getDerivedStateFromError(error: unknown): Partial<BoundaryState> {
    return { error: error ?? new Error('Unknown error') };
  }

  override componentDidCatch(_error: unknown, _info: ErrorInfo): void {
    // Shown in place; React already reported it in development.
  }

  override render(): ReactNode {
    const { error, height } = this.state;
    const retry = () => {
      this.props.onReset();
      this.setState((state) => ({ error: null, attempt: state.attempt + 1, height: null }));
    };
    const content = error ? (
      <ErrorState error={error} onRetry={retry} asPageHeading={this.props.keepHeight} />
    ) : (
      // A new key on "try again": what failed mounts afresh (a part that failed to load loads again).
      <Fragment key={this.state.attempt}>{this.props.children}</Fragment>
    );
    if (!this.props.keepHeight) return content;
    return (
      <div ref={this.box} style={error && height ? { minHeight: `${height}px` } : undefined}>
        {content}
      </div>
    );
  }
}

/**
 * An error boundary for part of a page (a step or an editor that loads on demand): what went
 * wrong shows in its place with "Try again", and the rest of the page stays. With `keepHeight`
 * the error keeps the height of what it replaced, so nothing below it moves (a prerendered
 * step whose data can't be loaded); it replaced the step's heading, so its title is the page's.
 */
export function PartErrorBoundary({ children, keepHeight }: { children: ReactNode; keepHeight?: boolean }) {
  const { reset } = useQueryErrorResetBoundary();
  return (
    <Boundary onReset={reset} keepHeight={keepHeight}>
      {children}
    </Boundary>
  );
}

import { makeStyles, tokens } from '@fluentui/react-components';
import { useQueryErrorResetBoundary } from '@tanstack/react-query';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError, isUnreachable } from '@/api';
import { describeProblem } from '@/i18n';
import { Actions, Page, PageHeading, Panel, PortalLink, useDocumentTitle } from '../layout';

const useStyles = makeStyles({
  // Plain elements: this page is part of every route's bundle, so it avoids Fluent's Button.
  retry: {
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForegroundOnBrand,
    backgroundColor: tokens.colorBrandBackground,
    border: 'none',
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    minHeight: '32px',
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorBrandBackgroundHover },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' },
  },
  text: { margin: 0 },
});

function RouteErrorPage({ error, onRetry }: { error: unknown; onRetry(): void }) {
  const { t } = useTranslation();
  const styles = useStyles();
  // Failed queries are asked again once the page re-renders, instead of rethrowing at once.
  const { reset } = useQueryErrorResetBoundary();
  useDocumentTitle(t('titles.error'));
  return (
    <Page>
      <Panel>
        <PageHeading>{isUnreachable(error) ? t('errors.unreachableHeading') : t('errors.heading')}</PageHeading>
        <p className={styles.text}>{isApiError(error) ? describeProblem(t, error) : t('errors.body')}</p>
        <Actions>
          <button
            type="button"
            className={styles.retry}
            onClick={() => {
              reset();
              onRetry();
            }}
          >
            {t('common.retry')}
          </button>
          <PortalLink to="/">{t('common.home')}</PortalLink>
        </Actions>
      </Panel>
    </Page>
  );
}

export interface RouteErrorBoundaryProps {
  children: ReactNode;
  /** The path: moving elsewhere clears the error. */
  resetKey: string;
}

interface RouteErrorBoundaryState {
  error: unknown;
  resetKey: string;
}

/**
 * Each route's error boundary, the one error page of the portal: a server failure (5xx thrown by
 * a query), an API that can't be reached (status 0: "The service can't be reached") or a chunk
 * that failed to load gets a page with a way to try again, not a blank screen.
 */
export class RouteErrorBoundary extends Component<RouteErrorBoundaryProps, RouteErrorBoundaryState> {
  override state: RouteErrorBoundaryState = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<RouteErrorBoundaryState> {
    return { error: error ?? new Error('Unknown error') };
  }

  static getDerivedStateFromProps(props: RouteErrorBoundaryProps, state: RouteErrorBoundaryState): Partial<RouteErrorBoundaryState> | null {
    return props.resetKey === state.resetKey ? null : { error: null, resetKey: props.resetKey };
  }

  override componentDidCatch(_error: unknown, _info: ErrorInfo): void {
    // The page shows the error; React already reported it in development.
  }

  override render(): ReactNode {
    if (this.state.error) {
      const retry = () => (isApiError(this.state.error) ? this.setState({ error: null }) : window.location.reload());
      return <RouteErrorPage error={this.state.error} onRetry={retry} />;
    }
    return this.props.children;
  }
}

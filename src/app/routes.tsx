import { lazy, Suspense } from 'react';
import type { RouteObject } from 'react-router-dom';
import { demoMode } from '@/api/api-client';
import { LoadingState } from '@/components/feedback/loading-state';
import { NotFoundPage } from '@/components/feedback/not-found-page';
import { RouteErrorBoundary } from '@/components/feedback/route-error-boundary';
import { PageShell } from '@/components/shell';

// Only demo builds keep this branch: with VITE_API_BASE_URL set it folds to null and the
// demo tools (and their chunk) drop out of the bundle.
const DemoTools = demoMode ? lazy(() => import('@/features/demo').then((module) => ({ default: module.DemoTools }))) : null;

function DemoBanner() {
  if (!DemoTools) return null;
  return (
    <Suspense fallback={null}>
      <DemoTools />
    </Suspense>
  );
}

/** Every people's route lazily loaded, each with its own error boundary, inside the shell. */
export function createRoutes(demo: boolean): RouteObject[] {
  return [
    {
      element: <PageShell banner={demo ? <DemoBanner /> : undefined} />,
      ErrorBoundary: RouteErrorBoundary,
      HydrateFallback: LoadingState,
      children: [
        {
          index: true,
          ErrorBoundary: RouteErrorBoundary,
          lazy: async () => ({ Component: (await import('@/features/home')).HomePage }),
        },
        {
          path: 'reset',
          ErrorBoundary: RouteErrorBoundary,
          lazy: async () => ({ Component: (await import('@/features/reset')).ResetPage }),
        },
        {
          path: 'sign-in',
          ErrorBoundary: RouteErrorBoundary,
          lazy: async () => ({ Component: (await import('@/features/sign-in')).SignInPage }),
        },
        {
          path: 'registration-prompt',
          ErrorBoundary: RouteErrorBoundary,
          lazy: async () => ({ Component: (await import('@/features/interstitial')).RegistrationPromptPage }),
        },
        {
          path: 'security-info',
          ErrorBoundary: RouteErrorBoundary,
          lazy: async () => ({ Component: (await import('@/features/security-info')).SecurityInfoPage }),
        },
        {
          path: 'change-password',
          ErrorBoundary: RouteErrorBoundary,
          lazy: async () => ({ Component: (await import('@/features/change-password')).ChangePasswordPage }),
        },
        {
          path: 'admin/*',
          ErrorBoundary: RouteErrorBoundary,
          lazy: async () => ({ Component: (await import('@/features/admin')).AdminApp }),
        },
        { path: '*', Component: NotFoundPage },
      ],
    },
  ];
}

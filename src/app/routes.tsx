import { Suspense, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Routes, useLocation } from 'react-router-dom';
import { demoMode } from '@/api/api-client';
import { NotFoundPage } from '@/components/feedback/not-found-page';
import { RouteErrorBoundary } from '@/components/feedback/route-error-boundary';
import { lazyExport as page, moduleLoader } from '@/components/layout/lazy-export';
import { PageShell } from '@/components/shell';
import { JourneyRoute, OfferedRoute, WellKnownChangePassword } from '@/portal-config';
import { prerenderedPages, type PageFeature } from '@/prerender/prerendered-pages';
import { DemoBar } from '@/features/demo/components/demo-bar';

// Each route is its own chunk, loaded when someone goes there.
// By the folder under src/features, the name a prerendered page gives its feature.
const pages = {
  home: moduleLoader(() => import('@/features/home')),
  reset: moduleLoader(() => import('@/features/reset')),
  'sign-in': moduleLoader(() => import('@/features/sign-in')),
  interstitial: moduleLoader(() => import('@/features/interstitial')),
  'security-info': moduleLoader(() => import('@/features/security-info')),
  'change-password': moduleLoader(() => import('@/features/change-password')),
  accessibility: moduleLoader(() => import('@/features/accessibility')),
} satisfies Record<PageFeature, { load(): Promise<unknown> }>;
const HomePage = page(pages.home, 'HomePage');
const ResetPage = page(pages.reset, 'ResetPage');
const SignInPage = page(pages['sign-in'], 'SignInPage');
const RegistrationPromptPage = page(pages.interstitial, 'RegistrationPromptPage');
const SecurityInfoPage = page(pages['security-info'], 'SecurityInfoPage');
const ChangePasswordPage = page(pages['change-password'], 'ChangePasswordPage');
const AccessibilityPage = page(pages.accessibility, 'AccessibilityPage');

/**
 * Loads the module of the prerendered page at `pathname` (its chunk came with the page), so that
 * taking the page over is one pass: with it still loading, the page's part stays prerendered HTML
 * a while longer, and what the person does there meanwhile is lost.
 */
export function loadPageAt(pathname: string): Promise<unknown> {
  const feature = prerenderedPages.find((prerendered) => prerendered.path === pathname)?.feature;
  return feature ? pages[feature].load() : Promise.resolve();
}
const AdminConsole = page(() => import('@/app/admin-console'), 'AdminConsole');

// Only demo builds keep these: with VITE_API_BASE_URL set they fold to null and the demo tools
// (and their chunk) drop out of the bundle. The bar paints with the page, so it takes its
// place at once; the tools below it load after the first paint.
const DemoTools = demoMode ? page(() => import('@/features/demo'), 'DemoTools') : null;
const DemoBarNow = demoMode ? DemoBar : null;
// The API reference at /docs/api, a developer's page of the demo build (ADR "API reference").
const ApiReferencePage = demoMode ? page(() => import('@/features/api-reference'), 'ApiReferencePage') : null;

function DemoBanner() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  if (!DemoTools || !DemoBarNow) return null;
  return (
    <div role="region" aria-label={t('demo.panel')}>
      <DemoBarNow open={open} onToggle={() => setOpen((shown) => !shown)} />
      <Suspense fallback={null}>
        <DemoTools open={open} onClose={() => setOpen(false)} />
      </Suspense>
    </div>
  );
}

/** An error boundary per route, cleared when the person goes elsewhere. */
function Boundary({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  return <RouteErrorBoundary resetKey={pathname}>{children}</RouteErrorBoundary>;
}

/**
 * The people's routes inside the shell, and the admin console at /admin/*; `portal.json`'s modes
 * decide which journeys run here and which lead to the directory's hosted pages. Declarative routes
 * with React.lazy: the data router would add ~17 KB gzip to every page for loaders we don't use.
 */
export function AppRoutes({ demo }: { demo: boolean }) {
  return (
    <Routes>
      <Route
        element={
          <Boundary>
            <PageShell banner={demo ? <DemoBanner /> : undefined} />
          </Boundary>
        }
      >
        <Route
          index
          element={
            <Boundary>
              <HomePage />
            </Boundary>
          }
        />
        <Route
          path="reset/*"
          element={
            <Boundary>
              <JourneyRoute journey="reset">
                <ResetPage />
              </JourneyRoute>
            </Boundary>
          }
        />
        <Route
          path="sign-in"
          element={
            <Boundary>
              <OfferedRoute what="signIn">
                <SignInPage />
              </OfferedRoute>
            </Boundary>
          }
        />
        <Route
          path="registration-prompt"
          element={
            <Boundary>
              <OfferedRoute what="signIn">
                <RegistrationPromptPage />
              </OfferedRoute>
            </Boundary>
          }
        />
        <Route
          path="security-info"
          element={
            <Boundary>
              <JourneyRoute journey="register">
                <SecurityInfoPage />
              </JourneyRoute>
            </Boundary>
          }
        />
        <Route
          path="change-password"
          element={
            <Boundary>
              <JourneyRoute journey="change">
                <ChangePasswordPage />
              </JourneyRoute>
            </Boundary>
          }
        />
        <Route
          path="admin/*"
          element={
            <Boundary>
              <OfferedRoute what="admin">
                <AdminConsole />
              </OfferedRoute>
            </Boundary>
          }
        />
        <Route
          path="accessibility"
          element={
            <Boundary>
              <AccessibilityPage />
            </Boundary>
          }
        />
        <Route path=".well-known/change-password" element={<WellKnownChangePassword />} />
        {ApiReferencePage && (
          <Route
            path="docs/api"
            element={
              <Boundary>
                <ApiReferencePage />
              </Boundary>
            }
          />
        )}
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

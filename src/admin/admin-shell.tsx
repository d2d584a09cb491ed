import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useQueryClient } from '@tanstack/react-query';
import { Suspense, useEffect, useRef, type ComponentType, type ReactNode } from 'react';
import { matchRoutes, Navigate, Route, Link as RouterLink, Routes, useLocation } from 'react-router-dom';
import { PageHeading, TranslatedPart, useDocumentTitle } from '@/components/layout';
import { signInPath, useSession } from '@/components/session';
import { LoadingState } from '@/components/feedback';
import { adminKeys } from './api/keys';
import { PageErrorBoundary } from './components/page-error-boundary';
import type { AdminMessages } from './i18n/en';
import { adminLanguages, useAdminTranslation } from './i18n/register';

/**
 * A screen of the console: its menu entry's key, its page, and its path under /admin: the section
 * unless `path` says otherwise; a path ending in `/*` gives the page nested routes of its own.
 */
export interface AdminScreen {
  section: Exclude<keyof AdminMessages['nav'], 'label'>;
  Page: ComponentType;
  path?: string;
}

const routePath = (screen: AdminScreen) => screen.path ?? screen.section;
const linkPath = (screen: AdminScreen) => routePath(screen).replace(/\/\*$/, '');

const useStyles = makeStyles({
  layout: {
    display: 'grid',
    gridTemplateColumns: '220px minmax(0, 1fr)',
    gap: tokens.spacingHorizontalXXL,
    alignItems: 'start',
    width: '100%',
    maxWidth: '1400px',
    marginLeft: 'auto',
    marginRight: 'auto',
    // Tablets (768 px) and phones: the sections wrap above the page.
    '@media (max-width: 1023px)': { gridTemplateColumns: 'minmax(0, 1fr)', gap: tokens.spacingVerticalL },
  },
  nav: { position: 'sticky', top: tokens.spacingVerticalL, '@media (max-width: 1023px)': { position: 'static' } },
  navTitle: { display: 'block', fontWeight: tokens.fontWeightSemibold, marginBottom: tokens.spacingVerticalS },
  navList: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    '@media (max-width: 1023px)': { flexDirection: 'row', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  },
  navLink: {
    display: 'block',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    color: tokens.colorNeutralForeground1,
    textDecorationLine: 'none',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover, textDecorationLine: 'underline' },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
    '&[aria-current="page"]': {
      backgroundColor: tokens.colorBrandBackground2,
      color: tokens.colorNeutralForeground1,
      fontWeight: tokens.fontWeightSemibold,
      boxShadow: `inset ${tokens.strokeWidthThicker} 0 0 ${tokens.colorBrandStroke1}`,
    },
  },
  gate: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '560px', marginLeft: 'auto', marginRight: 'auto' },
});

function GatePage({ title, children }: { title: string; children: ReactNode }) {
  const styles = useStyles();
  useDocumentTitle(title);
  return (
    <div className={styles.gate}>
      <PageHeading>{title}</PageHeading>
      {children}
    </div>
  );
}

function SignInNeeded() {
  const { t } = useAdminTranslation();
  const location = useLocation();
  return (
    <GatePage title={t('gate.signInHeading')}>
      <Text as="p" block>{t('gate.signInBody')}</Text>
      <p>
        <RouterLink to={signInPath(location.pathname + location.search)}>{t('gate.signIn')}</RouterLink>
      </p>
    </GatePage>
  );
}

export function AdminRoleNeeded({ name }: { name: string }) {
  const { t } = useAdminTranslation();
  return (
    <GatePage title={t('gate.roleHeading')}>
      <Text as="p" block>{t('gate.roleBody', { name })}</Text>
      <p>
        <RouterLink to="/">{t('gate.home')}</RouterLink>
      </p>
    </GatePage>
  );
}

/** The screen whose route shows the page now, by the router's own ranking (`rollout/kit` over `rollout/*`). */
function useCurrentScreen(screens: readonly AdminScreen[]) {
  const location = useLocation();
  const routes = screens.map((screen) => ({ id: screen.section, path: `/admin/${routePath(screen)}` }));
  return matchRoutes(routes, location)?.[0]?.route.id;
}

function AdminNav({ screens }: { screens: readonly AdminScreen[] }) {
  const { t } = useAdminTranslation();
  const styles = useStyles();
  const current = useCurrentScreen(screens);
  return (
    <nav className={styles.nav} aria-label={t('nav.label')}>
      <Text className={styles.navTitle}>{t('title')}</Text>
      <ul className={styles.navList}>
        {screens.map((screen) => (
          <li key={screen.section}>
            <RouterLink to={`/admin/${linkPath(screen)}`} aria-current={screen.section === current ? 'page' : undefined} className={styles.navLink}>
              {t(`nav.${screen.section}`)}
            </RouterLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function AdminNotFound() {
  const { t } = useAdminTranslation();
  return (
    <GatePage title={t('common.notFound')}>
      <p>
        <RouterLink to="/admin">{t('title')}</RouterLink>
      </p>
    </GatePage>
  );
}

/** Another admin signing in on this device never sees the previous one's cached answers. */
function useForgetOnSignOut(token: string | null) {
  const queryClient = useQueryClient();
  const previous = useRef(token);
  useEffect(() => {
    if (previous.current !== token) queryClient.removeQueries({ queryKey: adminKeys.all });
    previous.current = token;
  }, [queryClient, token]);
}

/** Each screen loads when it is opened; a failing one leaves the menu working. */
function ScreenPage({ Page }: { Page: ComponentType }) {
  const { t } = useAdminTranslation();
  return (
    <PageErrorBoundary fallback={t('common.pageError')}>
      <Suspense fallback={<LoadingState />}>
        <Page />
      </Suspense>
    </PageErrorBoundary>
  );
}

/**
 * The console under `/admin/*`: signed-in admins only; the app mounts it lazily with its screens.
 * `/admin` opens the `home` screen, the first one unless said otherwise. In a language the console
 * lacks (`adminLanguages`) it is wholly English, marked `lang="en" dir="ltr"`.
 */
export function AdminShell({ screens, home }: { screens: readonly AdminScreen[]; home?: AdminScreen['section'] }) {
  return (
    <TranslatedPart languages={adminLanguages}>
      <AdminConsole screens={screens} home={home} />
    </TranslatedPart>
  );
}

function AdminConsole({ screens, home }: { screens: readonly AdminScreen[]; home?: AdminScreen['section'] }) {
  const styles = useStyles();
  const { me, token } = useSession();
  useForgetOnSignOut(token);
  if (!token || !me) return <SignInNeeded />;
  if (!me.isAdmin) return <AdminRoleNeeded name={me.displayName} />;
  const landing = screens.find((screen) => screen.section === home) ?? screens[0];
  return (
    <div className={styles.layout}>
      <AdminNav screens={screens} />
      <div>
        <Routes>
          {landing && <Route index element={<Navigate to={linkPath(landing)} replace />} />}
          {screens.map((screen) => (
            <Route key={screen.section} path={routePath(screen)} element={<ScreenPage Page={screen.Page} />} />
          ))}
          <Route path="*" element={<AdminNotFound />} />
        </Routes>
      </div>
    </div>
  );
}

import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, type ReactNode } from 'react';
import { Navigate, NavLink, Route, Link as RouterLink, Routes, useLocation } from 'react-router-dom';
import { PageHeading, useDocumentTitle } from '@/components/layout';
import { signInPath, useSession } from '@/components/session';
import { adminKeys } from './api/keys';
import { PageErrorBoundary } from './components/page-error-boundary';
import { AuditPage } from './audit/audit-page';
import { BrandingPage } from './branding/branding-page';
import { GroupsPage } from './groups/groups-page';
import { useAdminTranslation } from './i18n/register';
import { ImportPage } from './import/import-page';
import { PolicyPage } from './policy/policy-page';
import { ReportsPage } from './reports/reports-page';
import { RolloutPage } from './rollout/rollout-page';
import { UsersPage } from './users/users-page';
import { RolloutAssistantRoutes } from '../admin-assistant';

const sections = ['rollout', 'reports', 'policy', 'users', 'import', 'groups', 'audit', 'branding', 'rolloutKit'] as const;
const sectionPaths: Partial<Record<(typeof sections)[number], string>> = { rolloutKit: 'rollout/kit' };

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

function AdminNav() {
  const { t } = useAdminTranslation();
  const styles = useStyles();
  return (
    <nav className={styles.nav} aria-label={t('nav.label')}>
      <Text className={styles.navTitle}>{t('title')}</Text>
      <ul className={styles.navList}>
        {sections.map((section) => (
          <li key={section}>
            <NavLink to={`/admin/${sectionPaths[section] ?? section}`} end className={styles.navLink}>
              {t(`nav.${section}`)}
            </NavLink>
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

function page(element: ReactNode, fallback: string) {
  return <PageErrorBoundary fallback={fallback}>{element}</PageErrorBoundary>;
}

/** The console under `/admin/*`: signed-in admins only; the app mounts it lazily. */
export function AdminApp() {
  const { t } = useAdminTranslation();
  const styles = useStyles();
  const { me, token } = useSession();
  useForgetOnSignOut(token);
  if (!token || !me) return <SignInNeeded />;
  if (!me.isAdmin) return <AdminRoleNeeded name={me.displayName} />;
  const failed = t('common.pageError');
  return (
    <div className={styles.layout}>
      <AdminNav />
      <div>
        <Routes>
          <Route index element={<Navigate to="reports" replace />} />
          <Route path="reports" element={page(<ReportsPage />, failed)} />
          <Route path="policy" element={page(<PolicyPage />, failed)} />
          <Route path="users" element={page(<UsersPage />, failed)} />
          <Route path="import" element={page(<ImportPage />, failed)} />
          <Route path="groups" element={page(<GroupsPage />, failed)} />
          <Route path="audit" element={page(<AuditPage />, failed)} />
          <Route path="branding" element={page(<BrandingPage />, failed)} />
          <Route path="rollout/*" element={page(<RolloutAssistantRoutes />, failed)} />
          <Route path="rollout/kit" element={page(<RolloutPage />, failed)} />
          <Route path="*" element={<AdminNotFound />} />
        </Routes>
      </div>
    </div>
  );
}


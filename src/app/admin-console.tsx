import { AdminShell, type AdminScreen } from '@/admin/admin-shell';
import { lazyExport as page } from '@/components/layout/lazy-export';

// Each screen is a feature of its own and a chunk of its own, loaded when it is opened. The rollout
// assistant comes first in the menu; `/admin` still opens the reports.
const screens: readonly AdminScreen[] = [
  { section: 'rollout', path: 'rollout/*', Page: page(() => import('@/features/admin-assistant'), 'RolloutAssistantRoutes') },
  { section: 'reports', Page: page(() => import('@/features/admin-reports'), 'ReportsPage') },
  { section: 'policy', Page: page(() => import('@/features/admin-policy'), 'PolicyPage') },
  { section: 'users', Page: page(() => import('@/features/admin-users'), 'UsersPage') },
  { section: 'import', Page: page(() => import('@/features/admin-import'), 'ImportPage') },
  { section: 'groups', Page: page(() => import('@/features/admin-groups'), 'GroupsPage') },
  { section: 'audit', Page: page(() => import('@/features/admin-audit'), 'AuditPage') },
  { section: 'branding', Page: page(() => import('@/features/admin-branding'), 'BrandingPage') },
  { section: 'rolloutKit', path: 'rollout/kit', Page: page(() => import('@/features/admin-rollout'), 'RolloutPage') },
];

/** The admin console: the shared shell (src/admin) with one feature per screen (ADR 0012). */
export function AdminConsole() {
  return <AdminShell screens={screens} home="reports" />;
}

import {
  Badge,
  Button,
  Field,
  Input,
  makeStyles,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useRef, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router-dom';
import { licenses, userSources, type License, type User, type UserFilter, type UserSource } from '@/api/schemas/directory';
import { ErrorState, LoadingState } from '@/components/feedback';
import { useUsers, type UserListInput } from './api/list-users';
import { AdminPage } from '@/admin/components/admin-page';
import { DataTable, type Column } from '@/admin/components/data-table';
import { Pager, useCursorPager } from '@/admin/components/pager';
import { NativeSelect } from '@/components/form';
import { useAdminTranslation } from '@/admin/i18n/register';
import { UserDrawer } from './user-drawer';

const pageSize = 25;

const useStyles = makeStyles({
  filters: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'flex-end' },
  search: { flexGrow: 1, minWidth: '220px' },
  // From a tablet up the columns keep their room and the table scrolls inside its box.
  table: { '@media (min-width: 600px)': { minWidth: '720px' }, '& td': { overflowWrap: 'break-word' } },
  nameButton: { textAlign: 'start', minWidth: 0, paddingLeft: 0, paddingRight: 0 },
  badges: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, '& > *': { whiteSpace: 'nowrap' } },
  count: { color: tokens.colorNeutralForeground2 },
});

type Filters = { query?: string; filter?: UserFilter; license?: License; source?: UserSource };

export function UsersPage() {
  const { t } = useAdminTranslation();
  const styles = useStyles();
  const pager = useCursorPager();
  // `?filter=` opens the list filtered, as the rollout screen's links do.
  const [searchParams] = useSearchParams();
  const [filters, setFilters] = useState<Filters>(() => ({ filter: userFilterOf(searchParams.get('filter') ?? '') ?? undefined }));
  const [searchText, setSearchText] = useState('');
  const [openUserId, setOpenUserId] = useState<string | null>(null);
  const opener = useRef<HTMLElement | null>(null);

  function openUser(id: string, from: HTMLElement) {
    opener.current = from;
    setOpenUserId(id);
  }

  function closeUser() {
    setOpenUserId(null);
    setTimeout(() => opener.current?.focus(), 0);
  }
  const query: UserListInput = { ...filters, cursor: pager.cursor, limit: pageSize };
  const users = useUsers(query);

  function applyFilters(next: Filters) {
    setFilters(next);
    pager.reset();
  }

  function onSearch(event: FormEvent) {
    event.preventDefault();
    applyFilters({ ...filters, query: searchText.trim() || undefined });
  }

  return (
    <AdminPage title={t('users.heading')}>
      <form className={styles.filters} onSubmit={onSearch} role="search">
        <Field label={t('users.search')} className={styles.search}>
          <Input type="search" value={searchText} onChange={(_, data) => setSearchText(data.value)} />
        </Field>
        <Button type="submit">{t('users.searchButton')}</Button>
        <Field label={t('users.filter')}>
          <NativeSelect
            value={filters.filter ?? ''}
            onChange={(event) => applyFilters({ ...filters, filter: event.target.value === '' ? undefined : (userFilterOf(event.target.value) ?? undefined) })}
            placeholder={t('users.filterOptions.any')}
            options={(['registered', 'notRegistered', 'lockedOut', 'unlicensedInScope'] as const).map((filter) => ({ value: filter, label: t(`users.filterOptions.${filter}`) }))}
          />
        </Field>
        <Field label={t('users.license')}>
          <NativeSelect
            value={filters.license ?? ''}
            onChange={(event) => applyFilters({ ...filters, license: licenses.find((l) => l === event.target.value) })}
            placeholder={t('users.any')}
            options={licenses.map((license) => ({ value: license, label: t(`users.licenseNames.${license}`) }))}
          />
        </Field>
        <Field label={t('users.source')}>
          <NativeSelect
            value={filters.source ?? ''}
            onChange={(event) => applyFilters({ ...filters, source: userSources.find((s) => s === event.target.value) })}
            placeholder={t('users.any')}
            options={userSources.map((source) => ({ value: source, label: t(`users.sources.${source}`) }))}
          />
        </Field>
      </form>

      {users.isPending ? (
        <LoadingState />
      ) : users.isError ? (
        <ErrorState error={users.error} onRetry={() => void users.refetch()} />
      ) : (
        <>
          <Text className={styles.count} aria-live="polite">
            {t('users.results', { total: users.data.total })}
          </Text>
          {users.data.items.length === 0 ? (
            <Text as="p" block>{t('common.empty')}</Text>
          ) : (
            <UsersTable users={users.data.items} onOpen={openUser} />
          )}
          <Pager pager={pager} nextCursor={users.data.nextCursor} total={users.data.total} busy={users.isFetching} />
        </>
      )}
      {/* Mounted only while open: a closed drawer still registers a focus trap on the page. */}
      {openUserId !== null && <UserDrawer userId={openUserId} onClose={closeUser} />}
    </AdminPage>
  );
}

function userFilterOf(value: string): UserFilter | null {
  return value === 'registered' || value === 'notRegistered' || value === 'lockedOut' || value === 'unlicensedInScope' ? value : null;
}

function UserStatus({ user }: { user: User }) {
  const { t } = useAdminTranslation();
  const styles = useStyles();
  return (
    <div className={styles.badges}>
      {user.lockedOut && (
        <Badge appearance="tint" color="danger">
          {t('users.lockedOut')}
        </Badge>
      )}
      {!user.accountEnabled && (
        <Badge appearance="tint" color="subtle">
          {t('users.disabled')}
        </Badge>
      )}
      {user.roles.length > 0 && (
        <Badge appearance="tint" color="brand">
          {t('users.admin')}
        </Badge>
      )}
      {user.accountEnabled && !user.lockedOut && user.roles.length === 0 && <Text>{t('users.active')}</Text>}
    </div>
  );
}

/** The shared admin table: a row a user, a card a user on a phone; the name opens the side panel. */
function UsersTable({ users, onOpen }: { users: User[]; onOpen: (id: string, from: HTMLElement) => void }) {
  const { t } = useAdminTranslation();
  const styles = useStyles();
  const names = <T extends string>(items: readonly T[], name: (item: T) => string) => (items.length > 0 ? items.map(name).join(', ') : t('users.none'));
  const columns: Column<User>[] = [
    {
      header: t('users.columns.name'),
      cell: (user) => (
        <Button appearance="transparent" className={styles.nameButton} onClick={(event) => onOpen(user.id, event.currentTarget)} aria-label={t('users.open', { name: user.displayName })}>
          {user.displayName}
        </Button>
      ),
    },
    { header: t('users.columns.userId'), cell: (user) => user.userPrincipalName },
    { header: t('users.columns.source'), cell: (user) => t(`users.sources.${user.source}`) },
    { header: t('users.columns.licenses'), cell: (user) => names(user.licenses, (license) => t(`users.licenseNames.${license}`)) },
    { header: t('users.columns.methods'), cell: (user) => names(user.registeredMethods, (method) => t(`users.methodNames.${method}`)) },
    { header: t('users.columns.status'), cell: (user) => <UserStatus user={user} /> },
  ];
  return <DataTable label={t('users.heading')} columns={columns} rows={users} rowKey={(user) => user.id} className={styles.table} />;
}

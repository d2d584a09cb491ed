import {
  Badge,
  Button,
  Field,
  Input,
  makeStyles,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useRef, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router-dom';
import { licenses, userSources, type License, type User, type UserFilter, type UserSource } from '@/api/schemas/directory';
import { ErrorState, LoadingState } from '@/components/feedback';
import { useUsers, type UserListInput } from '../api/list-users';
import { AdminPage } from '../components/admin-page';
import { Pager, useCursorPager } from '../components/pager';
import { useAdminTranslation } from '../i18n/register';
import { UserDrawer } from './user-drawer';

const pageSize = 25;

const useStyles = makeStyles({
  filters: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'flex-end' },
  search: { flexGrow: 1, minWidth: '220px' },
  tableWrap: { overflowX: 'auto', minWidth: 0 },
  table: { minWidth: '720px', tableLayout: 'auto', '& td': { overflowWrap: 'break-word' } },
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
          <Select
            value={filters.filter ?? ''}
            onChange={(_, data) => applyFilters({ ...filters, filter: data.value === '' ? undefined : (userFilterOf(data.value) ?? undefined) })}
          >
            <option value="">{t('users.filterOptions.any')}</option>
            <option value="registered">{t('users.filterOptions.registered')}</option>
            <option value="notRegistered">{t('users.filterOptions.notRegistered')}</option>
            <option value="lockedOut">{t('users.filterOptions.lockedOut')}</option>
            <option value="unlicensedInScope">{t('users.filterOptions.unlicensedInScope')}</option>
          </Select>
        </Field>
        <Field label={t('users.license')}>
          <Select value={filters.license ?? ''} onChange={(_, data) => applyFilters({ ...filters, license: licenses.find((l) => l === data.value) })}>
            <option value="">{t('users.any')}</option>
            {licenses.map((license) => (
              <option key={license} value={license}>
                {t(`users.licenseNames.${license}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('users.source')}>
          <Select value={filters.source ?? ''} onChange={(_, data) => applyFilters({ ...filters, source: userSources.find((s) => s === data.value) })}>
            <option value="">{t('users.any')}</option>
            {userSources.map((source) => (
              <option key={source} value={source}>
                {t(`users.sources.${source}`)}
              </option>
            ))}
          </Select>
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
            <div className={styles.tableWrap}>
              <UsersTable users={users.data.items} onOpen={openUser} />
            </div>
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

function UsersTable({ users, onOpen }: { users: User[]; onOpen: (id: string, from: HTMLElement) => void }) {
  const { t } = useAdminTranslation();
  const styles = useStyles();
  return (
    <Table className={styles.table} size="small" aria-label={t('users.heading')}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t('users.columns.name')}</TableHeaderCell>
          <TableHeaderCell>{t('users.columns.userId')}</TableHeaderCell>
          <TableHeaderCell>{t('users.columns.source')}</TableHeaderCell>
          <TableHeaderCell>{t('users.columns.licenses')}</TableHeaderCell>
          <TableHeaderCell>{t('users.columns.methods')}</TableHeaderCell>
          <TableHeaderCell>{t('users.columns.status')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {users.map((user) => (
          <TableRow key={user.id}>
            <TableCell>
              <Button appearance="transparent" className={styles.nameButton} onClick={(event) => onOpen(user.id, event.currentTarget)} aria-label={t('users.open', { name: user.displayName })}>
                {user.displayName}
              </Button>
            </TableCell>
            <TableCell>{user.userPrincipalName}</TableCell>
            <TableCell>{t(`users.sources.${user.source}`)}</TableCell>
            <TableCell>{user.licenses.length > 0 ? user.licenses.map((license) => t(`users.licenseNames.${license}`)).join(', ') : t('users.none')}</TableCell>
            <TableCell>
              {user.registeredMethods.length > 0 ? user.registeredMethods.map((method) => t(`users.methodNames.${method}`)).join(', ') : t('users.none')}
            </TableCell>
            <TableCell>
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
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

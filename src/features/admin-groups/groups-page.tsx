import { Badge, makeStyles, Text } from '@fluentui/react-components';
import type { Group } from '@/api/schemas/directory';
import { ErrorState, LoadingState } from '@/components/feedback';
import { usePolicy } from '@/admin/api/get-policy';
import { useGroups } from '@/admin/api/list-groups';
import { AdminPage } from '@/admin/components/admin-page';
import { DataTable, type Column } from '@/admin/components/data-table';
import { useAdminTranslation } from '@/admin/i18n/register';

const useStyles = makeStyles({ tableWrap: { maxWidth: '880px' } });

export function GroupsPage() {
  const { t, i18n } = useAdminTranslation();
  const styles = useStyles();
  const groups = useGroups();
  const policy = usePolicy();
  const scopeGroupId = policy.data?.enablement === 'selected' ? policy.data.groupId : null;
  const number = new Intl.NumberFormat(i18n.language);
  const columns: Column<Group>[] = [
    { header: t('groups.columns.name'), cell: (group) => group.name },
    { header: t('groups.columns.members'), cell: (group) => number.format(group.memberCount) },
    {
      header: t('groups.columns.pilot'),
      cell: (group) =>
        group.id === scopeGroupId && (
          <Badge appearance="tint" color="brand">
            {t('groups.pilot')}
          </Badge>
        ),
    },
  ];
  return (
    <AdminPage title={t('groups.heading')}>
      {groups.isPending ? (
        <LoadingState />
      ) : groups.isError ? (
        <ErrorState error={groups.error} onRetry={() => void groups.refetch()} />
      ) : groups.data.length === 0 ? (
        <Text as="p" block>{t('groups.empty')}</Text>
      ) : (
        <DataTable label={t('groups.heading')} columns={columns} rows={groups.data} rowKey={(group) => group.id} wrapClassName={styles.tableWrap} />
      )}
    </AdminPage>
  );
}

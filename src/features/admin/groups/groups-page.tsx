import { Badge, makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from '@fluentui/react-components';
import { ErrorState, LoadingState } from '@/components/feedback';
import { usePolicy } from '../api/get-policy';
import { useGroups } from '../api/list-groups';
import { AdminPage } from '../components/admin-page';
import { useAdminTranslation } from '../i18n/register';

const useStyles = makeStyles({ tableWrap: { overflowX: 'auto', maxWidth: '880px' } });

export function GroupsPage() {
  const { t, i18n } = useAdminTranslation();
  const styles = useStyles();
  const groups = useGroups();
  const policy = usePolicy();
  const scopeGroupId = policy.data?.enablement === 'selected' ? policy.data.groupId : null;
  const number = new Intl.NumberFormat(i18n.language);
  return (
    <AdminPage title={t('groups.heading')}>
      {groups.isPending ? (
        <LoadingState />
      ) : groups.isError ? (
        <ErrorState error={groups.error} onRetry={() => void groups.refetch()} />
      ) : groups.data.length === 0 ? (
        <Text as="p" block>{t('groups.empty')}</Text>
      ) : (
        <div className={styles.tableWrap}>
          <Table size="small" aria-label={t('groups.heading')}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t('groups.columns.name')}</TableHeaderCell>
                <TableHeaderCell>{t('groups.columns.members')}</TableHeaderCell>
                <TableHeaderCell>{t('groups.columns.pilot')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {groups.data.map((group) => (
                <TableRow key={group.id}>
                  <TableCell>{group.name}</TableCell>
                  <TableCell>{number.format(group.memberCount)}</TableCell>
                  <TableCell>
                    {group.id === scopeGroupId && (
                      <Badge appearance="tint" color="brand">
                        {t('groups.pilot')}
                      </Badge>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </AdminPage>
  );
}

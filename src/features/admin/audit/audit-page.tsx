import {
  Badge,
  Button,
  Field,
  Input,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { ErrorState, LoadingState } from '@/components/feedback';
import { FormError } from '@/components/form';
import { exportAuditCsv, useAudit } from '../api/list-audit';
import { AdminPage } from '../components/admin-page';
import { rangeSuffix, useCsvExport } from '../components/csv-export';
import { useDateFormat } from '../components/date-format';
import { DateRangeFields, isRangeValid, type DateRange } from '../components/date-range';
import { Pager, useCursorPager } from '../components/pager';
import { useAdminTranslation } from '../i18n/register';

const useStyles = makeStyles({
  filters: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'flex-end' },
  tableWrap: { overflowX: 'auto', minWidth: 0 },
  // No horizontal scrolling (a scrolling region would need a tab stop): cells wrap instead.
  table: { tableLayout: 'auto', '& td': { overflowWrap: 'anywhere' } },
});

export function AuditPage() {
  const { t } = useAdminTranslation();
  const styles = useStyles();
  const format = useDateFormat();
  const pager = useCursorPager();
  const [range, setRange] = useState<DateRange>({});
  const [activityText, setActivityText] = useState('');
  const [activity, setActivity] = useState<string | undefined>(undefined);
  const appliedRange = isRangeValid(range) ? range : {};
  const filterKey = JSON.stringify({ appliedRange, activity });
  const [seenKey, setSeenKey] = useState(filterKey);
  if (seenKey !== filterKey) {
    setSeenKey(filterKey);
    pager.reset();
  }
  const rows = useAudit({ ...appliedRange, activity, cursor: pager.cursor });
  const csv = useCsvExport(`audit_${rangeSuffix(appliedRange)}.csv`, () => exportAuditCsv({ ...appliedRange, activity }));

  function onFilter(event: FormEvent) {
    event.preventDefault();
    setActivity(activityText.trim() || undefined);
  }

  return (
    <AdminPage title={t('audit.heading')}>
      <form className={styles.filters} onSubmit={onFilter} role="search" aria-label={t('audit.heading')}>
        <Field label={t('audit.activity')} hint={t('audit.activityHint')}>
          <Input value={activityText} onChange={(_, data) => setActivityText(data.value)} />
        </Field>
        <Button type="submit">{t('common.apply')}</Button>
      </form>
      <DateRangeFields value={range} onChange={setRange} />
      <div className={styles.filters}>
        <Button onClick={() => void csv.run()} disabled={csv.busy}>
          {csv.busy ? t('common.exporting') : t('common.exportCsv')}
        </Button>
      </div>
      {csv.error !== null && <FormError error={csv.error} />}
      {rows.isPending ? (
        <LoadingState />
      ) : rows.isError ? (
        <ErrorState error={rows.error} onRetry={() => void rows.refetch()} />
      ) : rows.data.items.length === 0 ? (
        <Text as="p" block>{t('common.empty')}</Text>
      ) : (
        <>
          <div className={styles.tableWrap}>
            <Table size="small" className={styles.table} aria-label={t('audit.heading')}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{t('audit.columns.date')}</TableHeaderCell>
                  <TableHeaderCell>{t('audit.columns.activity')}</TableHeaderCell>
                  <TableHeaderCell>{t('audit.columns.actor')}</TableHeaderCell>
                  <TableHeaderCell>{t('audit.columns.target')}</TableHeaderCell>
                  <TableHeaderCell>{t('audit.columns.result')}</TableHeaderCell>
                  <TableHeaderCell>{t('audit.columns.reason')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {rows.data.items.map((row) => (
                  <TableRow key={row.id}>
                    <TableCell>
                      <time dateTime={row.occurredAt}>{format.dateTime(row.occurredAt)}</time>
                    </TableCell>
                    <TableCell>{row.activity}</TableCell>
                    <TableCell>{row.actor}</TableCell>
                    <TableCell>{row.target ?? ''}</TableCell>
                    <TableCell>
                      <Badge appearance="tint" color={row.result === 'success' ? 'success' : 'danger'}>
                        {t(`audit.results.${row.result}`)}
                      </Badge>
                    </TableCell>
                    <TableCell>{row.reason ?? ''}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
          <Pager pager={pager} nextCursor={rows.data.nextCursor} total={rows.data.total} busy={rows.isFetching} />
        </>
      )}
    </AdminPage>
  );
}

import { Badge, Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import type { AuditRow } from '@/api/schemas/reports';
import { exportAuditCsv, useAudit } from '../api/list-audit';
import { ActivityTable, OccurredAt } from '../components/activity-table';
import { AdminPage } from '../components/admin-page';
import { rangeSuffix, useCsvExport } from '../components/csv-export';
import type { Column } from '../components/data-table';
import { DateRangeFields, isRangeValid, type DateRange } from '../components/date-range';
import { useCursorPager } from '../components/pager';
import { useAdminTranslation } from '../i18n/register';
import { useReasonName } from '../reports/method-name';

const useStyles = makeStyles({
  filters: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'flex-end' },
});

export function AuditPage() {
  const { t } = useAdminTranslation();
  const reasonName = useReasonName();
  const styles = useStyles();
  const [range, setRange] = useState<DateRange>({});
  const [activityText, setActivityText] = useState('');
  const [activity, setActivity] = useState<string | undefined>(undefined);
  const appliedRange = isRangeValid(range) ? range : {};
  const pager = useCursorPager({ appliedRange, activity });
  const rows = useAudit({ ...appliedRange, activity, cursor: pager.cursor });
  const csv = useCsvExport(`audit_${rangeSuffix(appliedRange)}.csv`, () => exportAuditCsv({ ...appliedRange, activity }));

  const columns: Column<AuditRow>[] = [
    { header: t('audit.columns.date'), cell: (row) => <OccurredAt at={row.occurredAt} /> },
    { header: t('audit.columns.activity'), cell: (row) => row.activity },
    { header: t('audit.columns.actor'), cell: (row) => row.actor },
    { header: t('audit.columns.target'), cell: (row) => row.target ?? '' },
    {
      header: t('audit.columns.result'),
      cell: (row) => (
        <Badge appearance="tint" color={row.result === 'success' ? 'success' : 'danger'}>
          {t(`audit.results.${row.result}`)}
        </Badge>
      ),
    },
    { header: t('audit.columns.reason'), cell: (row) => (row.reason === null ? '' : reasonName(row.reason)) },
  ];

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
      <ActivityTable label={t('audit.heading')} rows={rows} columns={columns} csv={csv} pager={pager} />
    </AdminPage>
  );
}

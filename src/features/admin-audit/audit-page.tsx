import { Badge, Field, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { auditActivities, type AuditActivity, type AuditRow } from '@/api/schemas/reports';
import { exportAuditCsv, useAudit } from './api/list-audit';
import { ActivityTable, OccurredAt } from '@/admin/components/activity-table';
import { AdminPage } from '@/admin/components/admin-page';
import { rangeSuffix, useCsvExport } from '@/admin/components/csv-export';
import type { Column } from '@/admin/components/data-table';
import { DateRangeFields, isRangeValid, type DateRange } from '@/admin/components/date-range';
import { useCursorPager } from '@/admin/components/pager';
import { NativeSelect } from '@/components/form';
import { useAdminTranslation } from '@/admin/i18n/register';
import { useReasonName } from '@/admin/components/method-name';

const useStyles = makeStyles({
  filters: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'flex-end' },
});

export function AuditPage() {
  const { t, language } = useAdminTranslation();
  const reasonName = useReasonName();
  const styles = useStyles();
  const [range, setRange] = useState<DateRange>({});
  const [activity, setActivity] = useState<AuditActivity | undefined>(undefined);
  // Known codes in words; a code this console does not know yet shows as it is.
  const activityName = (code: string) => t(`audit.activities.${code}`, { defaultValue: code });
  const activityOptions = auditActivities
    .map((code) => ({ code, name: activityName(code) }))
    .sort((a, b) => a.name.localeCompare(b.name, language));
  const appliedRange = isRangeValid(range) ? range : {};
  const pager = useCursorPager({ appliedRange, activity });
  const rows = useAudit({ ...appliedRange, activity, cursor: pager.cursor });
  const csv = useCsvExport(`audit_${rangeSuffix(appliedRange)}.csv`, () => exportAuditCsv({ ...appliedRange, activity }));

  const columns: Column<AuditRow>[] = [
    { header: t('audit.columns.date'), cell: (row) => <OccurredAt at={row.occurredAt} /> },
    { header: t('audit.columns.activity'), cell: (row) => activityName(row.activity) },
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

  return (
    <AdminPage title={t('audit.heading')}>
      <div className={styles.filters} role="search" aria-label={t('audit.heading')}>
        <Field label={t('audit.activity')}>
          <NativeSelect
            value={activity ?? ''}
            onChange={(event) => setActivity(auditActivities.find((code) => code === event.target.value))}
            placeholder={t('audit.allActivities')}
            options={activityOptions.map((option) => ({ value: option.code, label: option.name }))}
          />
        </Field>
      </div>
      <DateRangeFields value={range} onChange={setRange} />
      <ActivityTable label={t('audit.heading')} rows={rows} columns={columns} csv={csv} pager={pager} />
    </AdminPage>
  );
}

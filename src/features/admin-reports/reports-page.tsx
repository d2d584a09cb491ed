import { Field, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import {
  resetResults,
  type RegistrationRow,
  type ReportSummary,
  type ResetResult,
  type ResetRow,
} from '@/api/schemas/reports';
import { ErrorState, LoadingState } from '@/components/feedback';
import { useReportSummary } from './api/get-report-summary';
import { exportRegistrationsCsv, useRegistrations } from './api/list-registrations';
import { exportResetsCsv, useResets } from './api/list-resets';
import { ActivityTable, OccurredAt } from '@/admin/components/activity-table';
import { DataTable, type Column } from '@/admin/components/data-table';
import { AdminPage, Section } from '@/admin/components/admin-page';
import { DateRangeFields, isRangeValid, type DateRange } from '@/admin/components/date-range';
import { rangeSuffix, useCsvExport } from '@/admin/components/csv-export';
import { useDateFormat } from '@/admin/components/date-format';
import { useCursorPager } from '@/admin/components/pager';
import { NativeSelect } from '@/components/form';
import { useAdminTranslation } from '@/admin/i18n/register';
import { BarChart } from './bar-chart';
import { useMethodName, useReasonName } from '@/admin/components/method-name';

const useStyles = makeStyles({
  tiles: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(7.5rem, 1fr))',
    gap: tokens.spacingHorizontalM,
    margin: 0,
    padding: 0,
  },
  tile: {
    display: 'flex',
    flexDirection: 'column-reverse',
    // Reversed (the number shows above its label): this packs both at the top of a taller tile.
    justifyContent: 'flex-end',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
  },
  tileLabel: { color: tokens.colorNeutralForeground2, margin: 0 },
  tileValue: {
    fontSize: tokens.fontSizeHero700,
    lineHeight: tokens.lineHeightHero700,
    fontWeight: tokens.fontWeightSemibold,
    margin: 0,
  },
  charts: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 420px), 1fr))',
    gap: tokens.spacingHorizontalXL,
  },
  registrations: { fill: tokens.colorBrandBackground },
  succeeded: { fill: tokens.colorPaletteGreenBackground3 },
  failed: { fill: tokens.colorPaletteRedBackground3 },
  bar: {
    height: '10px',
    backgroundColor: tokens.colorBrandBackground,
    borderRadius: tokens.borderRadiusSmall,
    minWidth: '2px',
  },
  range: { color: tokens.colorNeutralForeground2 },
});

export function ReportsPage() {
  const { t } = useAdminTranslation();
  const [range, setRange] = useState<DateRange>({});
  const applied = isRangeValid(range) ? range : {};
  return (
    <AdminPage title={t('reports.heading')}>
      <Section title={t('reports.range')}>
        <DateRangeFields value={range} onChange={setRange} />
      </Section>
      <Summary range={applied} />
      <RegistrationsTable range={applied} />
      <ResetsTable range={applied} />
    </AdminPage>
  );
}

function Summary({ range }: { range: DateRange }) {
  const { i18n } = useAdminTranslation();
  const summary = useReportSummary(range);
  if (summary.isPending) return <LoadingState />;
  if (summary.isError) return <ErrorState error={summary.error} onRetry={() => void summary.refetch()} />;
  return <SummaryView summary={summary.data} language={i18n.language} />;
}

type MethodUsage = ReportSummary['methodUsage'][number];

function SummaryView({ summary, language }: { summary: ReportSummary; language: string }) {
  const { t } = useAdminTranslation();
  const styles = useStyles();
  const format = useDateFormat();
  const methodName = useMethodName();
  const number = new Intl.NumberFormat(language);
  const tiles = [
    ['totalUsers', summary.totalUsers],
    ['inScope', summary.inScope],
    ['registered', summary.registered],
    ['ableToReset', summary.ableToReset],
  ] as const;
  const maxUsage = Math.max(
    1,
    ...summary.methodUsage.map((usage) => Math.max(usage.registrations, usage.resets)),
  );
  const usageCell = (count: number) => (
    <>
      {number.format(count)}
      <div className={styles.bar} style={{ width: `${(count / maxUsage) * 100}%` }} aria-hidden="true" />
    </>
  );
  const methodColumns: Column<MethodUsage>[] = [
    { header: t('reports.methodColumns.method'), cell: (usage) => methodName(usage.method) },
    { header: t('reports.methodColumns.registrations'), cell: (usage) => usageCell(usage.registrations) },
    { header: t('reports.methodColumns.resets'), cell: (usage) => usageCell(usage.resets) },
  ];
  return (
    <>
      <Text className={styles.range} data-testid="report-range">
        {format.dateOnly(summary.from)} – {format.dateOnly(summary.to)}
      </Text>
      <dl className={styles.tiles} aria-label={t('reports.heading')}>
        {tiles.map(([key, value]) => (
          <div key={key} className={styles.tile}>
            <dt className={styles.tileLabel}>{t(`reports.tiles.${key}`)}</dt>
            <dd className={styles.tileValue}>{number.format(value)}</dd>
          </div>
        ))}
      </dl>
      <Section title={t('reports.resetsByResult')}>
        <dl className={styles.tiles}>
          {resetResults.map((result) => (
            <div key={result} className={styles.tile}>
              <dt className={styles.tileLabel}>{t(`reports.results.${result}`)}</dt>
              <dd className={styles.tileValue}>{number.format(summary.resets[result])}</dd>
            </div>
          ))}
        </dl>
      </Section>
      <div className={styles.charts}>
        <Section title={t('reports.registrationsChart')}>
          <BarChart
            title={t('reports.registrationsChart')}
            series={[{ key: 'count', label: t('reports.count'), className: styles.registrations }]}
            data={summary.registrationsByDay.map((day) => ({ date: day.date, values: { count: day.count } }))}
            formatDate={format.day}
          />
        </Section>
        <Section title={t('reports.resetsChart')}>
          <BarChart
            title={t('reports.resetsChart')}
            series={[
              { key: 'succeeded', label: t('reports.results.succeeded'), className: styles.succeeded },
              { key: 'failed', label: t('reports.results.failed'), className: styles.failed },
            ]}
            data={summary.resetsByDay.map((day) => ({
              date: day.date,
              values: { succeeded: day.succeeded, failed: day.failed },
            }))}
            formatDate={format.day}
          />
        </Section>
      </div>
      <Section title={t('reports.methodUsage')}>
        <DataTable
          label={t('reports.methodUsage')}
          columns={methodColumns}
          rows={summary.methodUsage}
          rowKey={(usage) => usage.method}
        />
      </Section>
    </>
  );
}

function RegistrationsTable({ range }: { range: DateRange }) {
  const { t } = useAdminTranslation();
  const columns = useReportColumns<RegistrationRow>();
  const pager = useCursorPager(range);
  const rows = useRegistrations({ ...range, cursor: pager.cursor });
  const csv = useCsvExport(`registrations_${rangeSuffix(range)}.csv`, () => exportRegistrationsCsv(range));
  return (
    <Section title={t('reports.registrationsTable')}>
      <ActivityTable
        label={t('reports.registrationsTable')}
        rows={rows}
        columns={columns}
        csv={csv}
        pager={pager}
      />
    </Section>
  );
}

function ResetsTable({ range }: { range: DateRange }) {
  const { t } = useAdminTranslation();
  const reasonName = useReasonName();
  const [result, setResult] = useState<ResetResult | undefined>(undefined);
  const pager = useCursorPager({ range, result });
  const rows = useResets({ ...range, result, cursor: pager.cursor });
  const csv = useCsvExport(`resets_${rangeSuffix(range)}${result ? `_${result}` : ''}.csv`, () =>
    exportResetsCsv({ ...range, result }),
  );
  const columns: Column<ResetRow>[] = [
    ...useReportColumns<ResetRow>(),
    { header: t('reports.columns.result'), cell: (row) => t(`reports.results.${row.result}`) },
    { header: t('reports.columns.reason'), cell: (row) => (row.reason ? reasonName(row.reason) : '') },
  ];
  const resultFilter = (
    <Field label={t('reports.result')}>
      <NativeSelect
        value={result ?? ''}
        onChange={(event) => setResult(resetResults.find((r) => r === event.target.value))}
        placeholder={t('reports.anyResult')}
        options={resetResults.map((option) => ({ value: option, label: t(`reports.results.${option}`) }))}
      />
    </Field>
  );
  return (
    <Section title={t('reports.resetsTable')}>
      <ActivityTable
        label={t('reports.resetsTable')}
        rows={rows}
        columns={columns}
        csv={csv}
        pager={pager}
        filters={resultFilter}
      />
    </Section>
  );
}

/** The columns registrations and resets share: when, who, their role, the methods used. */
function useReportColumns<Row extends RegistrationRow | ResetRow>(): Column<Row>[] {
  const { t } = useAdminTranslation();
  const methodName = useMethodName();
  return [
    { header: t('reports.columns.date'), cell: (row) => <OccurredAt at={row.occurredAt} /> },
    { header: t('reports.columns.user'), cell: (row) => row.userPrincipalName },
    { header: t('reports.columns.role'), cell: (row) => t(`reports.roles.${row.role}`) },
    { header: t('reports.columns.methods'), cell: (row) => row.methods.map(methodName).join(', ') },
  ];
}

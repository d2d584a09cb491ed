import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ErrorState, LoadingState } from '@/components/feedback';
import { FormError } from '@/components/form';
import type { useCsvExport } from './csv-export';
import { DataTable, type Column } from './data-table';
import { useDateFormat } from './date-format';
import { Pager, type useCursorPager } from './pager';
import { useAdminTranslation } from '../i18n/register';

const useStyles = makeStyles({
  toolbar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'flex-end' },
  // No horizontal scrolling (a scrolling region would need a tab stop): cells wrap instead.
  table: { tableLayout: 'auto', '& td': { overflowWrap: 'anywhere' } },
});

type ActivityPage<Row> = { items: Row[]; nextCursor: string | null; total: number };

/** A paged log of activity rows (audit, registrations, resets): export button, states, table, pager. */
export function ActivityTable<Row extends { id: string }>({
  label,
  rows,
  columns,
  csv,
  pager,
  filters,
}: {
  label: string;
  rows: UseQueryResult<ActivityPage<Row>>;
  columns: Column<Row>[];
  csv: ReturnType<typeof useCsvExport>;
  pager: ReturnType<typeof useCursorPager>;
  filters?: ReactNode;
}) {
  const { t } = useAdminTranslation();
  const styles = useStyles();
  return (
    <>
      <div className={styles.toolbar}>
        {filters}
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
          <DataTable label={label} columns={columns} rows={rows.data.items} rowKey={(row) => row.id} className={styles.table} />
          <Pager pager={pager} nextCursor={rows.data.nextCursor} total={rows.data.total} busy={rows.isFetching} />
        </>
      )}
    </>
  );
}

/** The "when" cell every activity log starts with. */
export function OccurredAt({ at }: { at: string }) {
  const format = useDateFormat();
  return <time dateTime={at}>{format.dateTime(at)}</time>;
}

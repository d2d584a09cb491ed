import {
  makeStyles,
  mergeClasses,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  tableWrap: { overflowX: 'auto', minWidth: 0 },
  // Columns size to their content (Fluent's default is fixed and equal), so a badge or a code
  // never breaks mid-word; a table wider than its box scrolls inside the wrapper.
  table: { tableLayout: 'auto', '& .fui-Badge': { whiteSpace: 'nowrap' } },
});

export type Column<Row> = { header: string; cell: (row: Row) => ReactNode };

/** A small table named by `label`: one header row, then one row a record, a cell a column. */
export function DataTable<Row>({
  label,
  columns,
  rows,
  rowKey,
  className,
  wrapClassName,
}: {
  label: string;
  columns: Column<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string | number;
  className?: string;
  wrapClassName?: string;
}) {
  const styles = useStyles();
  return (
    <div className={mergeClasses(styles.tableWrap, wrapClassName)}>
      <Table size="small" className={mergeClasses(styles.table, className)} aria-label={label}>
        <TableHeader>
          <TableRow>
            {columns.map((column) => (
              <TableHeaderCell key={column.header}>{column.header}</TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={rowKey(row)}>
              {columns.map((column) => (
                <TableCell key={column.header}>{column.cell(row)}</TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

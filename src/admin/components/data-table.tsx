import {
  makeStyles,
  mergeClasses,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { visuallyHidden } from '@/components/layout';

const useStyles = makeStyles({
  tableWrap: { overflowX: 'auto', minWidth: 0 },
  // Columns size to their content (Fluent's default is fixed and equal), so a badge or a code
  // never breaks mid-word; a table wider than its box scrolls inside the wrapper.
  table: { tableLayout: 'auto', '& .fui-Badge': { whiteSpace: 'nowrap' } },
  // On a phone a row becomes a card: each cell on its own line after its column's name (from
  // `data-label`, hidden from screen readers, which announce the header themselves). The header
  // row stays for them, out of sight. Chromium keeps the table semantics of restyled rows.
  stacked: {
    '@media (max-width: 599.98px)': {
      '& thead': visuallyHidden,
      '& tbody, & tr, & td': { display: 'block' },
      '& tbody tr': {
        padding: `${tokens.spacingVerticalS} 0`,
        borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
      },
      '& tbody td': {
        display: 'grid',
        gridTemplateColumns: 'minmax(5.5em, 35%) 1fr',
        columnGap: tokens.spacingHorizontalS,
        alignItems: 'start',
        justifyItems: 'start',
        height: 'auto',
        minHeight: 0,
        padding: `${tokens.spacingVerticalXXS} 0`,
        overflowWrap: 'anywhere',
      },
      // A cell with nothing in it (no reason, say) takes no room, but stays a cell, so screen
      // readers keep pairing the others with the right column.
      '& tbody td:empty': { padding: 0 },
      '& tbody td:empty::before': { content: 'none' },
      '& tbody td::before': {
        // The label alone where the alt-text syntax is unknown (it would drop the whole rule).
        content: ['attr(data-label)', 'attr(data-label) / ""'],
        color: tokens.colorNeutralForeground3,
        fontWeight: tokens.fontWeightSemibold,
      },
    },
  },
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
      {/* The roles repeat what the elements say: browsers that drop table semantics of restyled
          rows (the cards on a phone) keep them this way. */}
      <Table
        size="small"
        role="table"
        className={mergeClasses(styles.table, styles.stacked, className)}
        aria-label={label}
      >
        <TableHeader role="rowgroup">
          <TableRow role="row">
            {columns.map((column) => (
              <TableHeaderCell key={column.header} role="columnheader">
                {column.header}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody role="rowgroup">
          {rows.map((row) => (
            <TableRow key={rowKey(row)} role="row">
              {columns.map((column) => (
                <TableCell key={column.header} role="cell" data-label={column.header}>
                  {column.cell(row)}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

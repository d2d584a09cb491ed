import { makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { visuallyHidden } from '@/components/layout';
import { useElementWidth } from '@/admin/components/use-element-width';
import { useAdminTranslation } from '@/admin/i18n/register';

export interface ChartSeries {
  key: string;
  label: string;
  /** A class that sets `fill` (a token colour). */
  className: string;
}

export interface ChartPoint {
  date: string;
  values: Record<string, number>;
}

const defaultWidth = 640;
const height = 220;
const margin = { top: 12, right: 8, bottom: 28, left: 40 };
/** Room a date label needs on the x axis, in pixels. */
const labelSpace = 72;

const useStyles = makeStyles({
  figure: { margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  // The section heading shows the title; the caption still names the chart for assistive tech.
  caption: visuallyHidden,
  svg: { width: '100%', height: 'auto', display: 'block' },
  axis: { stroke: tokens.colorNeutralStroke1, strokeWidth: 1 },
  grid: { stroke: tokens.colorNeutralStroke2, strokeWidth: 1, strokeDasharray: '2 4' },
  label: { fill: tokens.colorNeutralForeground2, fontSize: '12px', fontFamily: tokens.fontFamilyBase },
  legend: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalL,
    listStyleType: 'none',
    margin: 0,
    padding: 0,
  },
  legendItem: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  summary: { color: tokens.colorNeutralForeground2 },
  table: {
    borderCollapse: 'collapse',
    '& th, & td': {
      textAlign: 'start',
      padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    },
  },
  details: { maxHeight: '320px', overflowY: 'auto' },
});

/** "Nice" upper bound for the y axis: 1, 2 or 5 times a power of ten. */
export function niceMax(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}

/**
 * Stacked daily bars as plain SVG (no chart library in the bundle). The picture is labelled by
 * a one-line summary; the exact numbers are in a table one click away.
 */
export function BarChart({
  title,
  series,
  data,
  formatDate,
}: {
  title: string;
  series: ChartSeries[];
  data: ChartPoint[];
  formatDate: (date: string) => string;
}) {
  const { t } = useAdminTranslation();
  const styles = useStyles();
  const titleId = useId();
  const summaryId = useId();
  // Drawn at its real width, so the labels keep their size on a phone instead of shrinking with the picture.
  const { ref: drawnRef, width } = useElementWidth(defaultWidth, 240);
  const totals = data.map((point) => series.reduce((sum, s) => sum + (point.values[s.key] ?? 0), 0));
  const total = totals.reduce((sum, value) => sum + value, 0);
  const peakIndex = totals.reduce((best, value, index) => (value > (totals[best] ?? 0) ? index : best), 0);
  const max = niceMax(Math.max(0, ...totals));
  const plotWidth = width - margin.left - margin.right;
  const plotHeight = height - margin.top - margin.bottom;
  const slot = data.length > 0 ? plotWidth / data.length : plotWidth;
  const barWidth = Math.max(1, slot * 0.7);
  const y = (value: number) => margin.top + plotHeight - (value / max) * plotHeight;
  const labelEvery = Math.max(1, Math.ceil(data.length / Math.max(2, Math.floor(plotWidth / labelSpace))));
  const first = data[0];
  const last = data[data.length - 1];
  const summary =
    total === 0 || !first || !last
      ? t('reports.chartEmpty')
      : t('reports.chartSummary', {
          total,
          from: formatDate(first.date),
          to: formatDate(last.date),
          peakDate: formatDate(data[peakIndex]?.date ?? first.date),
          peak: totals[peakIndex] ?? 0,
        });

  return (
    <figure className={styles.figure}>
      <figcaption id={titleId} className={styles.caption}>
        {title}
      </figcaption>
      <div ref={drawnRef}>
        <svg
          className={styles.svg}
          viewBox={`0 0 ${width} ${height}`}
          role="img"
          aria-labelledby={`${titleId} ${summaryId}`}
        >
          {[0, 0.5, 1].map((fraction) => (
            <g key={fraction}>
              <line
                className={fraction === 0 ? styles.axis : styles.grid}
                x1={margin.left}
                x2={width - margin.right}
                y1={y(max * fraction)}
                y2={y(max * fraction)}
              />
              <text className={styles.label} x={margin.left - 6} y={y(max * fraction) + 4} textAnchor="end">
                {Math.round(max * fraction)}
              </text>
            </g>
          ))}
          {data.map((point, index) => {
            let base = 0;
            const x = margin.left + index * slot + (slot - barWidth) / 2;
            return (
              <g key={point.date}>
                {series.map((s) => {
                  const value = point.values[s.key] ?? 0;
                  const top = y(base + value);
                  const rect =
                    value > 0 ? (
                      <rect
                        key={s.key}
                        className={s.className}
                        x={x}
                        y={top}
                        width={barWidth}
                        height={y(base) - top}
                      />
                    ) : null;
                  base += value;
                  return rect;
                })}
                {index % labelEvery === 0 && (
                  <text className={styles.label} x={x + barWidth / 2} y={height - 8} textAnchor="middle">
                    {formatDate(point.date)}
                  </text>
                )}
              </g>
            );
          })}
        </svg>
      </div>
      <p id={summaryId} className={styles.summary}>
        {summary}
      </p>
      {series.length > 1 && (
        <ul className={styles.legend}>
          {series.map((s) => (
            <li key={s.key} className={styles.legendItem}>
              <svg width="12" height="12" aria-hidden="true">
                <rect className={s.className} width="12" height="12" rx="2" />
              </svg>
              {s.label}
            </li>
          ))}
        </ul>
      )}
      <details className={styles.details}>
        <summary>{t('reports.showTable')}</summary>
        <table className={styles.table}>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('reports.date')}</th>
              {series.map((s) => (
                <th key={s.key} scope="col">
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.map((point) => (
              <tr key={point.date}>
                <th scope="row">{formatDate(point.date)}</th>
                {series.map((s) => (
                  <td key={s.key}>{point.values[s.key] ?? 0}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

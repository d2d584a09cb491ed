import { makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  figure: { margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  svg: { display: 'block', width: '100%', maxWidth: '480px', height: 'auto', overflow: 'visible' },
  line: { fill: 'none', stroke: tokens.colorBrandStroke1, strokeWidth: '2.5', strokeLinejoin: 'round', vectorEffect: 'non-scaling-stroke' },
  area: { fill: tokens.colorBrandBackground2, stroke: 'none' },
  goal: { stroke: tokens.colorNeutralStroke1, strokeWidth: '1', strokeDasharray: '4 3', vectorEffect: 'non-scaling-stroke' },
  axis: { fill: tokens.colorNeutralForeground2, fontSize: '10px', fontFamily: tokens.fontFamilyBase },
  caption: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

const width = 300;
const height = 90;
const top = 8;
const left = 30;

/**
 * A 30-day line of a percentage as plain SVG (ADR 0005), with a dashed line at the goal. One
 * `img` named by a sentence that carries the numbers that matter: start, end and the goal.
 */
export function TrendLine({ points, goal, label, caption }: { points: { date: string; percent: number }[]; goal: number; label: string; caption: string }) {
  const styles = useStyles();
  const values = points.map((point) => point.percent);
  // The scale runs 10 points beyond the values and the goal (a 0–100 scale would flatten the growth).
  const floor = Math.max(0, Math.floor((Math.min(goal, ...values) - 10) / 10) * 10);
  const ceiling = Math.min(100, Math.ceil((Math.max(goal, ...values) + 10) / 10) * 10);
  const y = (percent: number) => top + ((ceiling - percent) / (ceiling - floor || 1)) * (height - top);
  const x = (index: number) => left + (index / Math.max(1, points.length - 1)) * (width - left);
  const path = points.map((point, index) => `${index === 0 ? 'M' : 'L'}${x(index).toFixed(1)},${y(point.percent).toFixed(1)}`).join(' ');
  const area = points.length > 0 ? `${path} L${x(points.length - 1).toFixed(1)},${height} L${left},${height} Z` : '';
  return (
    <figure className={styles.figure}>
      <svg className={styles.svg} viewBox={`0 0 ${width} ${height + 14}`} role="img" aria-label={label}>
        <path className={styles.area} d={area} />
        <line className={styles.goal} x1={left} x2={width} y1={y(goal)} y2={y(goal)} />
        <text className={styles.axis} x={0} y={y(goal) + 3}>{`${goal} %`}</text>
        <text className={styles.axis} x={0} y={y(floor) - 2}>{`${floor} %`}</text>
        <path className={styles.line} d={path} />
        <text className={styles.axis} x={left} y={height + 12}>{points[0]?.date ?? ''}</text>
        <text className={styles.axis} x={width} y={height + 12} textAnchor="end">{points.at(-1)?.date ?? ''}</text>
      </svg>
      <figcaption className={styles.caption}>{caption}</figcaption>
    </figure>
  );
}

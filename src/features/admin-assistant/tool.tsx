import { makeStyles, tokens } from '@fluentui/react-components';
import { useId, type ReactNode } from 'react';

export const useToolStyles = makeStyles({
  tool: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'flex-end' },
  select: { minWidth: '160px' },
  focusable: { ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` } },
});

/** A tool inside a step (sending, the reminder): an `h3` under the step's `h2`. */
export function Tool({ title, children }: { title: string; children: ReactNode }) {
  const styles = useToolStyles();
  const titleId = useId();
  return (
    <section className={styles.tool} aria-labelledby={titleId}>
      <h3 id={titleId} className={styles.title}>
        {title}
      </h3>
      {children}
    </section>
  );
}

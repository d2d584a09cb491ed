import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  page: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    width: '100%',
    maxWidth: '560px',
    marginInlineStart: 'auto',
    marginInlineEnd: 'auto',
    boxSizing: 'border-box',
    minWidth: 0,
  },
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalXL,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusXLarge,
    boxShadow: tokens.shadow4,
    '@media (max-width: 480px)': { padding: tokens.spacingHorizontalL },
    // The gap spaces the blocks; paragraphs bring no margins of their own.
    '& p': { marginTop: 0, marginBottom: 0 },
  },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'center' },
});

/** A people's page: one column, readable at 320 px. */
export function Page({ children }: { children: ReactNode }) {
  const styles = useStyles();
  return <div className={styles.page}>{children}</div>;
}

/** A surface for one step of a journey. */
export function Panel({ children }: { children: ReactNode }) {
  const styles = useStyles();
  return <section className={styles.card}>{children}</section>;
}

/** Row of buttons that wraps on narrow screens. */
export function Actions({ children }: { children: ReactNode }) {
  const styles = useStyles();
  return <div className={styles.actions}>{children}</div>;
}

export function useFormStyles() {
  return useStyles().form;
}

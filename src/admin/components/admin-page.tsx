import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { PageHeading, useDocumentTitle } from '@/components/layout';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  intro: { color: tokens.colorNeutralForeground2, maxWidth: '72ch' },
});

/** One console screen: its title in the tab, a focused heading, an intro line. */
export function AdminPage({ title, intro, children }: { title: string; intro?: string; children: ReactNode }) {
  const styles = useStyles();
  useDocumentTitle(title);
  return (
    <div className={styles.page}>
      <PageHeading>{title}</PageHeading>
      {intro && (
        <Text as="p" block className={styles.intro}>
          {intro}
        </Text>
      )}
      {children}
    </div>
  );
}

const useSectionStyles = makeStyles({
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
    minWidth: 0,
  },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
});

/** A titled block of a screen (an `h2`). */
export function Section({ title, children, id }: { title: string; children: ReactNode; id?: string }) {
  const styles = useSectionStyles();
  const headingId = `${id ?? title.replace(/\W+/g, '-').toLowerCase()}-heading`;
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {title}
      </h2>
      {children}
    </section>
  );
}

import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useLayoutEffect, useRef, type ReactNode } from 'react';

const useStyles = makeStyles({
  h2: { fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500 },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase600,
    lineHeight: tokens.lineHeightBase600,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground1,
    overflowWrap: 'anywhere',
    ':focus': { outlineStyle: 'none' },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, borderRadius: tokens.borderRadiusSmall },
  },
});

// The first page after a load keeps focus where the browser put it (the top of the document);
// every later page or step moves it to its heading.
let firstHeading: HTMLHeadingElement | null = null;

/**
 * The heading of a page or step. It takes focus when it appears, so keyboard and screen-reader
 * users land on each new step instead of at the top of the page.
 */
export function PageHeading({ children, level = 1, focusOnMount = true }: { children: ReactNode; level?: 1 | 2; focusOnMount?: boolean }) {
  const styles = useStyles();
  const ref = useRef<HTMLHeadingElement>(null);
  // A layout effect: focus has moved by the time the heading is on screen (a passive effect left a
  // moment where the new step showed and focus was still on the old button).
  useLayoutEffect(() => {
    const heading = ref.current;
    if (!heading) return;
    firstHeading ??= heading;
    // (Development runs effects twice: the same first heading must not take focus on the rerun.)
    if (focusOnMount && heading !== firstHeading) heading.focus({ preventScroll: false });
  }, [focusOnMount]);
  const Tag = level === 1 ? 'h1' : 'h2';
  return (
    <Tag ref={ref} tabIndex={-1} className={mergeClasses(styles.heading, level === 2 && styles.h2)}>
      {children}
    </Tag>
  );
}

import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router-dom';

const useStyles = makeStyles({
  link: {
    // Foreground 1 is the brand step the themes keep readable on the page in light and dark.
    color: tokens.colorBrandForeground1,
    textDecorationLine: 'underline',
    overflowWrap: 'anywhere',
    ':hover': { color: tokens.colorBrandForeground2 },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, borderRadius: tokens.borderRadiusSmall },
  },
});

/** A plain link in the theme's brand colour (lighter than Fluent's Link for the shell). */
export function TextLink({ href, children }: { href: string; children: ReactNode }) {
  const styles = useStyles();
  const external = /^https?:/i.test(href);
  return (
    <a href={href} className={styles.link} {...(external ? { target: '_blank', rel: 'noreferrer' } : {})}>
      {children}
    </a>
  );
}

/** The same look for a link within the portal (client-side navigation). */
export function PortalLink({ to, children, onClick }: { to: string; children: ReactNode; onClick?: () => void }) {
  const styles = useStyles();
  return (
    <RouterLink to={to} className={styles.link} onClick={onClick}>
      {children}
    </RouterLink>
  );
}

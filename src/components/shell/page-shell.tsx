import { makeStyles, tokens } from '@fluentui/react-components';
import { Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, Outlet, useNavigate } from 'react-router-dom';
import { helpdeskHref, useBranding, useLocalizedPart } from '@/branding';
import { LoadingState } from '../feedback/loading-state';
import { PortalLink, TextLink } from '../layout/text-link';
import { useSession } from '../session';
import { LanguageSwitcher } from './language-switcher';

const useStyles = makeStyles({
  root: {
    minHeight: '100vh',
    display: 'flex',
    flexDirection: 'column',
    color: tokens.colorNeutralForeground1,
    // At 320 px nothing may scroll sideways: a word longer than the line (Dutch has many, such as
    // "beveiligingsgegevens" in a large title) breaks instead of running out of its box.
    overflowWrap: 'break-word',
    // A field or select is as wide as its longest option unless told otherwise: never wider than its
    // column. (Fluent's fieldClassNames/selectClassNames roots, written out: importing them here would
    // pull Fluent's Field into the shell chunk, ahead of its own.)
    '& .fui-Field, & .fui-Select, & select': { maxWidth: '100%', minWidth: 0 },
  },
  skip: {
    position: 'absolute',
    insetInlineStart: tokens.spacingHorizontalS,
    top: '-100px',
    zIndex: 100,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground1,
    ':focus': { top: tokens.spacingVerticalS },
  },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  brand: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    minWidth: 0,
    color: tokens.colorNeutralForeground1,
    textDecorationLine: 'none',
    ':hover': { textDecorationLine: 'underline' },
  },
  // A box of fixed size: nothing moves when the logo arrives, or when branding.json swaps it.
  logo: { display: 'block', height: '32px', width: '140px', objectFit: 'contain', objectPosition: 'left center' },
  name: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  small: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  // A plain button: Fluent's Button would add to every page for this one action.
  signOut: {
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground1,
    backgroundColor: 'transparent',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    minHeight: '32px',
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  tools: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  main: {
    flexGrow: 1,
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalL}`,
    boxSizing: 'border-box',
    width: '100%',
    minWidth: 0,
    ':focus': { outlineStyle: 'none' },
    '@media (max-width: 480px)': { padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalM}` },
  },
  footer: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    justifyContent: 'center',
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  footerList: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL, listStyleType: 'none', margin: 0, padding: 0 },
});

export interface PageShellProps {
  /** Shown above the header (demo mode's badge and tools). */
  banner?: ReactNode;
}

/** Header with the organisation, language and session; the route's page; the footer with help. */
export function PageShell({ banner }: PageShellProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const { branding, logo, helpdesk } = useBranding();
  const inLanguage = useLocalizedPart();
  const { me, signOut } = useSession();
  const navigate = useNavigate();
  const helpHref = helpdeskHref(helpdesk);

  return (
    <div className={styles.root}>
      <a href="#main" className={styles.skip}>
        {t('common.skipToContent')}
      </a>
      {banner}
      <header className={styles.header}>
        <RouterLink to="/" className={styles.brand}>
          {/* Logos are usually wordmarks: the name shows as text only when there is no logo. */}
          {logo ? <img src={logo} alt={branding.organizationName} className={styles.logo} /> : <span className={styles.name}>{branding.organizationName}</span>}
        </RouterLink>
        <div className={styles.tools}>
          {me && (
            <>
              <span className={styles.small}>{t('common.signedInAs', { name: me.displayName })}</span>
              <button
                type="button"
                className={styles.signOut}
                onClick={() => {
                  signOut();
                  void navigate('/');
                }}
              >
                {t('common.signOut')}
              </button>
            </>
          )}
          <LanguageSwitcher />
        </div>
      </header>
      <main id="main" tabIndex={-1} className={styles.main}>
        <Suspense fallback={<LoadingState />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className={styles.footer}>
        <nav aria-label={t('common.footer')}>
          <ul className={styles.footerList}>
            <li>
              {helpHref ? <TextLink href={helpHref}>{t('common.helpdesk')}</TextLink> : <span className={styles.small}>{t('common.contactAdmin')}</span>}
            </li>
            <li>
              <PortalLink to="/accessibility">{t('titles.accessibility')}</PortalLink>
            </li>
            {branding.footerLinks.map((link, index) => {
              // A label the organisation did not write in this language shows in another, and says which.
              const label = inLanguage(link.label);
              return (
                <li key={`${index}-${link.url}`}>
                  <TextLink href={link.url}>{label.lang ? <span lang={label.lang}>{label.text}</span> : label.text}</TextLink>
                </li>
              );
            })}
          </ul>
        </nav>
      </footer>
    </div>
  );
}

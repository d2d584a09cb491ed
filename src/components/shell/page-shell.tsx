import { Button, Link, makeStyles, Text, tokens } from '@fluentui/react-components';
import { Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, Outlet, useNavigate } from 'react-router-dom';
import { helpdeskHref, useBranding } from '@/branding';
import { LoadingState } from '../feedback/loading-state';
import { useSession } from '../session';
import { LanguageSwitcher } from './language-switcher';

const useStyles = makeStyles({
  root: { minHeight: '100vh', display: 'flex', flexDirection: 'column', color: tokens.colorNeutralForeground1 },
  skip: {
    position: 'absolute',
    left: tokens.spacingHorizontalS,
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
  logo: { height: '32px', width: 'auto', maxWidth: '140px', objectFit: 'contain' },
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
          {logo && <img src={logo} alt="" className={styles.logo} />}
          <Text weight="semibold" size={400} truncate>
            {branding.organizationName}
          </Text>
        </RouterLink>
        <div className={styles.tools}>
          {me && (
            <>
              <Text size={200}>{t('common.signedInAs', { name: me.displayName })}</Text>
              <Button
                size="small"
                appearance="subtle"
                onClick={() => {
                  signOut();
                  void navigate('/');
                }}
              >
                {t('common.signOut')}
              </Button>
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
              {helpHref ? (
                <Link href={helpHref}>{t('common.helpdesk')}</Link>
              ) : (
                <Text size={200}>{t('common.contactAdmin')}</Text>
              )}
            </li>
            {branding.footerLinks.map((link) => (
              <li key={`${link.label}-${link.url}`}>
                <Link href={link.url}>{link.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
      </footer>
    </div>
  );
}

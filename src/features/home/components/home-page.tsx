import { makeStyles, mergeClasses, tokens, useFluent } from '@fluentui/react-components';
import { ChevronRightRegular, KeyResetRegular, OpenRegular, PasswordRegular, ShieldCheckmarkRegular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import { helpdeskHref, useBranding } from '@/branding';
import { LoadingState } from '@/components/feedback/loading-state';
import { Page, PageHeading, PortalLink, TextLink, useDocumentTitle } from '@/components/layout';
import { useSession } from '@/components/session';
import { hostOf, usePortalConfig, type PortalJourney } from '@/portal-config';

const useStyles = makeStyles({
  intro: { display: 'flex', flexDirection: 'column', alignItems: 'center', gap: tokens.spacingVerticalM, textAlign: 'center' },
  eyebrow: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, color: tokens.colorBrandForeground1 },
  actions: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  action: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalL,
    minHeight: '72px',
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    borderRadius: tokens.borderRadiusXLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    color: tokens.colorNeutralForeground1,
    textDecorationLine: 'none',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover, border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke1}` },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  icon: { fontSize: '32px', color: tokens.colorBrandForeground1, flexShrink: 0 },
  text: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, flexGrow: 1, minWidth: 0 },
  chevron: { flexShrink: 0, color: tokens.colorNeutralForeground3 },
  // Points the way the page reads: to the left in Arabic.
  mirrored: { transform: 'scaleX(-1)' },
  // A Dutch compound longer than the 320 px column ('beveiligingsgegevens') hyphenates where the
  // browser has the language's dictionary (the page's lang); elsewhere the shell breaks it anyway.
  title: { fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold, hyphens: 'auto' },
  hint: { fontSize: tokens.fontSizeBase300, color: tokens.colorNeutralForeground2 },
  help: { textAlign: 'center', margin: 0, fontSize: tokens.fontSizeBase300 },
});

function Action({ to, icon, title, hint }: { to: string; icon: ReactNode; title: string; hint: string }) {
  const styles = useStyles();
  const { dir } = useFluent();
  return (
    <li>
      <RouterLink to={to} className={styles.action}>
        <span className={styles.icon}>{icon}</span>
        <span className={styles.text}>
          <span className={styles.title}>{title}</span>
          <span className={styles.hint}>{hint}</span>
        </span>
        <ChevronRightRegular aria-hidden className={mergeClasses(styles.chevron, dir === 'rtl' && styles.mirrored)} />
      </RouterLink>
    </li>
  );
}

/** A journey's tile: the portal's own page, or (links mode) the directory's hosted page, named by its host. */
function JourneyAction({ journey, icon, title, hint }: { journey: PortalJourney; icon: ReactNode; title: string; hint: string }) {
  const { t } = useTranslation();
  const styles = useStyles();
  if (journey.mode !== 'links') return <Action to={journey.href} icon={icon} title={title} hint={hint} />;
  return (
    <li>
      <a href={journey.href} className={styles.action}>
        <span className={styles.icon}>{icon}</span>
        <span className={styles.text}>
          <span className={styles.title}>{title}</span>
          <span className={styles.hint}>{hint}</span>
          <span className={styles.hint}>{t('portal.onHost', { host: hostOf(journey.href) })}</span>
        </span>
        <OpenRegular aria-hidden className={styles.chevron} />
      </a>
    </li>
  );
}

/** The one address people remember: three large actions and the way to get help. */
export function HomePage() {
  const { t } = useTranslation();
  const styles = useStyles();
  const { branding, helpdesk } = useBranding();
  const { me } = useSession();
  const portal = usePortalConfig();
  useDocumentTitle(t('titles.home'));
  const helpHref = helpdeskHref(helpdesk);
  return (
    <Page>
      <div className={styles.intro}>
        <span className={styles.eyebrow}>
          {branding.organizationName} · {t('common.appName')}
        </span>
        <PageHeading focusOnMount={false}>{t('home.welcome')}</PageHeading>
      </div>
      {/* The tiles wait for /portal.json (loaded beside the branding): each may lead elsewhere. */}
      {portal ? (
        <ul className={styles.actions}>
          <JourneyAction journey={portal.journeys.reset} icon={<KeyResetRegular />} title={t('home.reset')} hint={t('home.resetHint')} />
          <JourneyAction journey={portal.journeys.register} icon={<ShieldCheckmarkRegular />} title={t('home.register')} hint={t('home.registerHint')} />
          <JourneyAction journey={portal.journeys.change} icon={<PasswordRegular />} title={t('home.change')} hint={t('home.changeHint')} />
          {portal.admin && me?.isAdmin && <Action to="/admin" icon={<ShieldCheckmarkRegular />} title={t('home.admin')} hint={t('home.adminHint')} />}
        </ul>
      ) : (
        <LoadingState />
      )}
      <p className={styles.help}>
        {/* An action, never plain advice: the organisation's help link, else the reset, whose steps offer "contact your administrator". */}
        {t('home.needHelp')}{' '}
        {helpHref ? (
          <TextLink href={helpHref}>{t('common.contactHelpdesk')}</TextLink>
        ) : portal && portal.journeys.reset.mode !== 'links' ? (
          <PortalLink to={portal.journeys.reset.href}>{t('common.contactAdmin')}</PortalLink>
        ) : (
          t('common.contactAdmin')
        )}
      </p>
    </Page>
  );
}

import { makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router-dom';
import { helpdeskHref, useBranding } from '@/branding';
import { LoadingState } from '@/components/feedback/loading-state';
import { Page, PageHeading, Panel, PortalLink, TextLink, useDocumentTitle } from '@/components/layout';
import { journeyNames, type JourneyName, type PortalConfig } from './portal-config';
import { usePortalConfig } from './portal-config-provider';

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalXL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
});

/** The host a link leads to, as people read it (`passwordreset.microsoftonline.com`). */
export function hostOf(href: string): string {
  return new URL(href, window.location.origin).host;
}

const journeyTitle = { reset: 'home.reset', register: 'home.register', change: 'home.change' } as const;
const pageTitle = {
  reset: 'titles.reset',
  register: 'titles.securityInfo',
  change: 'titles.changePassword',
} as const;

/** Links mode: this journey happens on the directory's hosted page, so the portal sends people there. */
function LeaveForHostedPage({ journey, href }: { journey: JourneyName; href: string }) {
  const { t } = useTranslation();
  const { branding } = useBranding();
  useDocumentTitle(t(pageTitle[journey]));
  useEffect(() => {
    window.location.replace(href);
  }, [href]);
  const host = hostOf(href);
  return (
    <Page>
      <Panel>
        <PageHeading>{t('portal.leavingHeading', { host })}</PageHeading>
        <p>{t('portal.leavingBody', { organization: branding.organizationName, host })}</p>
        <TextLink href={href}>{t('portal.continueTo', { host })}</TextLink>
        <PortalLink to="/">{t('common.home')}</PortalLink>
      </Panel>
    </Page>
  );
}

/** A journey's route: the portal's own page in demo and api modes, the hosted page in links mode. */
export function JourneyRoute({ journey, children }: { journey: JourneyName; children: ReactNode }) {
  const config = usePortalConfig();
  if (!config) return <LoadingState />;
  const { mode, href } = config.journeys[journey];
  return mode === 'links' ? <LeaveForHostedPage journey={journey} href={href} /> : <>{children}</>;
}

/** Where each journey is done, as a list of links: the portal's own routes or the hosted pages. */
function JourneyLinks({ config }: { config: PortalConfig }) {
  const { t } = useTranslation();
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label={t('portal.choices')}>
      {journeyNames.map((name) => {
        const { mode, href } = config.journeys[name];
        return (
          <li key={name}>
            {mode === 'links' ? (
              <TextLink href={href}>
                {t(journeyTitle[name])} ({hostOf(href)})
              </TextLink>
            ) : (
              <PortalLink to={href}>{t(journeyTitle[name])}</PortalLink>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** Sign-in or the admin console opened where this portal's modes have none: where to go instead. */
function NotOfferedPage({ what, config }: { what: 'signIn' | 'admin'; config: PortalConfig }) {
  const { t } = useTranslation();
  const { branding, helpdesk } = useBranding();
  useDocumentTitle(t(what === 'signIn' ? 'titles.signIn' : 'titles.admin'));
  const helpHref = helpdeskHref(helpdesk);
  const organization = branding.organizationName;
  return (
    <Page>
      <Panel>
        <PageHeading>{t(what === 'signIn' ? 'portal.signInHeading' : 'portal.adminHeading')}</PageHeading>
        <p>{t(what === 'signIn' ? 'portal.signInBody' : 'portal.adminBody', { organization })}</p>
        <JourneyLinks config={config} />
        <p>
          {t('home.needHelp')}{' '}
          {helpHref ? (
            <TextLink href={helpHref}>{t('common.contactHelpdesk')}</TextLink>
          ) : (
            t('common.contactAdmin')
          )}
        </p>
        <PortalLink to="/">{t('common.home')}</PortalLink>
      </Panel>
    </Page>
  );
}

/** Sign-in (and the interstitial after it) or the admin console: only where the modes offer them. */
export function OfferedRoute({ what, children }: { what: 'signIn' | 'admin'; children: ReactNode }) {
  const config = usePortalConfig();
  if (!config) return <LoadingState />;
  return config[what] ? <>{children}</> : <NotOfferedPage what={what} config={config} />;
}

/** `/.well-known/change-password` (W3C): on to the change-password page of the active mode. */
export function WellKnownChangePassword() {
  const config = usePortalConfig();
  if (!config) return <LoadingState />;
  const { mode, href } = config.journeys.change;
  return mode === 'links' ? (
    <LeaveForHostedPage journey="change" href={href} />
  ) : (
    <Navigate to={href} replace />
  );
}

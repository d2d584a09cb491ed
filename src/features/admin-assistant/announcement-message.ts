import type { TFunction } from 'i18next';
import { useBranding } from '@/branding';
import { useAdminTranslation } from '@/admin/i18n/register';
import type { RolloutMessage } from './rollout-api';

/**
 * The rollout kit's announcement as plain text, in the kit's own words (the `rollout.email` strings
 * of the admin namespace), for the backend to e-mail. The kit page keeps the HTML version.
 */
export function announcementMessage(t: TFunction<'admin'>, input: { organization: string; url: string; deadline: string }): RolloutMessage {
  const { organization, url, deadline } = input;
  const steps = [t('rollout.email.step1', { url }), t('rollout.email.step2'), t('rollout.email.step3')];
  const paragraphs = [
    t('rollout.email.intro', { organization }),
    [t('rollout.email.stepsHeading', { deadline }), ...steps.map((step, index) => `${index + 1}. ${step}`)].join('\n'),
    `${t('rollout.email.button')}: ${url}`,
    t('rollout.email.footer', { organization }),
  ];
  return { subject: t('rollout.email.subject', { organization, deadline }), body: paragraphs.join('\n\n') };
}

/** The announcement in this organisation's branding, asking people to register within `days` days. */
export function useAnnouncementMessage() {
  const { i18n, language } = useAdminTranslation();
  const { branding } = useBranding();
  return (days: number) => {
    const deadline = new Date();
    deadline.setUTCDate(deadline.getUTCDate() + days);
    return announcementMessage(i18n.getFixedT(language, 'admin'), {
      organization: branding.organizationName,
      url: branding.portalUrl,
      deadline: new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(deadline),
    });
  };
}

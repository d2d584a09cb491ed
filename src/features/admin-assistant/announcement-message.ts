import { messageLanguages, type MessageLanguage } from '@/api/schemas/common';
import { useBranding } from '@/branding';
import { announcementDir, announcementTexts, fillIn } from '@/admin/announcement-texts';
import type { RolloutMessage } from './rollout-api';

/**
 * The rollout kit's announcement as plain text, in the kit's own words (the announcement texts
 * of the chosen language), for the backend to e-mail. The kit page keeps the HTML version.
 */
export function announcementMessage(language: MessageLanguage, input: { organization: string; url: string; deadline: string }): RolloutMessage {
  const { organization, url, deadline } = input;
  const dir = announcementDir(language);
  const email = announcementTexts[language].email;
  const say = (template: string, params: Record<string, string> = {}) => fillIn(template, params, dir);
  const steps = [say(email.step1, { url }), email.step2, email.step3];
  const paragraphs = [
    say(email.intro, { organization }),
    [say(email.stepsHeading, { deadline }), ...steps.map((step, index) => `${index + 1}. ${step}`)].join('\n'),
    `${email.button}: ${url}`,
    say(email.footer, { organization }),
  ];
  return { subject: say(email.subject, { organization, deadline }), body: paragraphs.join('\n\n') };
}

/**
 * The announcement in this organisation's branding, asking people to register within `days` days:
 * in the chosen language, and in every other one for people whose preferred language it is.
 */
export function useAnnouncementMessage() {
  const { branding } = useBranding();
  return (days: number, language: MessageLanguage): RolloutMessage => {
    const deadline = new Date();
    deadline.setUTCDate(deadline.getUTCDate() + days);
    const inLanguage = (tag: MessageLanguage) =>
      announcementMessage(tag, {
        organization: branding.organizationName,
        url: branding.portalUrl,
        deadline: new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' }).format(deadline),
      });
    const others = messageLanguages.filter((tag) => tag !== language);
    return { ...inLanguage(language), translations: Object.fromEntries(others.map((tag) => [tag, inLanguage(tag)])) };
  };
}

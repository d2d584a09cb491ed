import i18next from 'i18next';
import type { Policy } from '@/api/schemas/policy';
import { adminEn } from '@/admin/i18n/en';
import { adminNl } from '@/admin/i18n/nl';
import { buildHelpdeskGuide, buildUserGuide, type GuideInput } from '@/features/admin-assistant/guides/guide-html';

const policy: Policy = {
  enablement: 'selected',
  groupId: 'grp-pilot',
  methodsRequired: 1,
  methodsAllowed: ['email', 'mobilePhone', 'appCode'],
  questions: { registerCount: 3, resetCount: 3, custom: [] },
  requireRegistrationOnSignIn: true,
  reconfirmDays: 180,
  notifyUserOnReset: true,
  notifyAdminsOnAdminReset: true,
  helpdesk: { mode: 'default', contact: null },
  onPremises: { writeback: true, allowUnlock: true },
  bannedPasswords: { enforceCustom: true, custom: [] },
  captcha: true,
  enumerationProtection: true,
};

async function input(language: 'en' | 'nl', changes: Partial<Policy> = {}): Promise<GuideInput> {
  const instance = i18next.createInstance();
  await instance.init({ lng: language, ns: ['admin'], resources: { en: { admin: adminEn }, nl: { admin: adminNl } }, interpolation: { escapeValue: false } });
  return {
    t: instance.getFixedT(language, 'admin'),
    language,
    organization: 'Contoso',
    url: 'https://passwords.contoso.com',
    brandColor: '#0F6CBD',
    qrCode: 'data:image/svg+xml,%3Csvg%2F%3E',
    policy: { ...policy, ...changes },
  };
}

describe('the training guides', () => {
  it('User guide: the portal address with its QR code, and only the methods this policy allows', async () => {
    const html = buildUserGuide(await input('en'));
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('https://passwords.contoso.com');
    expect(html).toContain('alt="QR code of https://passwords.contoso.com"');
    expect(html).toContain('An e-mail address that is not your work address');
    expect(html).toContain('The authenticator app on your phone');
    expect(html).not.toContain('security questions');
    expect(html).not.toContain('Your office phone');
    const questions = buildUserGuide(await input('en', { methodsAllowed: ['email', 'securityQuestions'], methodsRequired: 2 }));
    expect(questions).toContain('3 security questions');
    expect(questions).toContain('Add at least 2 of these');
  });

  it('User guide: explains the sign-in prompt when the policy enforces registration, and says so when it does not', async () => {
    expect(buildUserGuide(await input('en'))).toContain('“Verify now” takes you to registration');
    const off = buildUserGuide(await input('en', { requireRegistrationOnSignIn: false }));
    expect(off).toContain('does not ask at sign-in');
    expect(off).not.toContain('Verify now');
  });

  it('User guide: mentions the picture check only when the policy has a CAPTCHA', async () => {
    expect(buildUserGuide(await input('en'))).toContain('answer the picture check');
    expect(buildUserGuide(await input('en', { captcha: false }))).not.toContain('picture check');
  });

  it('User guide: names the custom help desk when the policy has one', async () => {
    expect(buildUserGuide(await input('en', { helpdesk: { mode: 'custom', contact: 'help@contoso.com' } }))).toContain('help@contoso.com');
  });

  it('Help-desk guide: each eligibility reason with what fixes it, admin reset, unlock and social engineering', async () => {
    const html = buildHelpdeskGuide(await input('en'));
    for (const reason of ['not_licensed', 'not_in_group', 'not_registered', 'writeback_disabled']) expect(html).toContain(`<code>${reason}</code>`);
    expect(html).toContain('Assign a licence');
    expect(html).toContain('Add the person to the group');
    expect(html).toContain('import their contact data');
    expect(html).toContain('Turn writeback on');
    expect(html).toContain('Admin reset');
    expect(html).toContain('Unlock an account');
    expect(html).toContain('social engineering?');
  });

  it('Guides: in Dutch, escaped', async () => {
    const html = buildHelpdeskGuide({ ...(await input('nl')), organization: 'A&B <Co>' });
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain('Helpdeskhandleiding wachtwoorden: A&amp;B &lt;Co&gt;');
  });
});

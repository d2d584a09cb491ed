import { describe, expect, it } from 'vitest';
import { createBackendKit, none } from '../../testing/backend-fixture';
import { createKit, type Kit } from '../../testing/reset-fixture';
import { defaultBranding } from '../branding-defaults';
import { messageLanguages, preferredLanguages } from '@/api';
import { messageTemplates } from './templates';

const contoso = { organization: 'Contoso' };

function user(kit: Kit, upn: string) {
  const found = [...kit.state.users.values()].find((entry) => entry.userPrincipalName === upn);
  if (!found) throw new Error(`No ${upn}`);
  return found;
}

/** Through the password step of a one-gate reset by e-mail code. */
async function passedFlow(kit: Kit, upn: string, email: string) {
  const flow = await kit.start(upn);
  const challenge = await kit.challenge(flow.flowId, kit.method(flow, 'email'));
  await kit.verify(flow.flowId, challenge.challengeId, { code: kit.lastCode(email) });
  return flow;
}

describe('messages in the person’s preferred language', () => {
  it('Messages: a reset code by e-mail is worded in the person’s language, with the organisation’s name', async () => {
    const kit = await createKit();
    user(kit, 'ada@contoso.com').preferredLanguage = 'nl';
    const flow = await kit.start('ada@contoso.com');
    await kit.challenge(flow.flowId, kit.method(flow, 'email'));
    const [message] = kit.outbox('ada.lovelace@fabrikam.com');
    const code = message?.code ?? '';
    expect(message).toMatchObject({
      subject: messageTemplates.nl.resetCodeSubject(contoso),
      body: messageTemplates.nl.resetCodeEmail({ ...contoso, code }),
    });
    expect(message?.subject).toContain('Contoso');
  });

  it('Messages: a reset code by text message is worded in German for a German speaker', async () => {
    const kit = await createKit();
    user(kit, 'ada@contoso.com').preferredLanguage = 'de';
    const flow = await kit.start('ada@contoso.com');
    await kit.challenge(flow.flowId, kit.method(flow, 'mobileText'), '+1 425 555 0101');
    const [message] = kit.outbox('+14255550101');
    expect(message?.body).toBe(messageTemplates.de.resetCodePhone({ ...contoso, code: message?.code ?? '' }));
  });

  it('Messages: the app’s push prompt is worded in Arabic, the user ID kept left to right', async () => {
    const kit = await createKit({ policy: { methodsRequired: 2, methodsAllowed: ['email', 'appCode', 'appNotification'] } });
    user(kit, 'bo@contoso.com').preferredLanguage = 'ar';
    const flow = await kit.start('bo@contoso.com');
    await kit.challenge(flow.flowId, kit.method(flow, 'appNotification'));
    const push = kit.outbox().find((message) => message.channel === 'push');
    expect(push).toMatchObject({ subject: messageTemplates.ar.pushSubject(contoso), body: messageTemplates.ar.pushBody({ userPrincipalName: 'bo@contoso.com' }) });
    expect(push?.body).toContain('\u2068bo@contoso.com\u2069');
  });

  it('Messages: completing a reset stores the portal’s language, and the reset notice is worded in it', async () => {
    const kit = await createKit();
    const flow = await passedFlow(kit, 'ada@contoso.com', 'ada.lovelace@fabrikam.com');
    await kit.ops.resetPassword({ params: { flowId: flow.flowId }, query: undefined, body: { newPassword: 'Fresh-Blue-Harbour-42!', preferredLanguage: 'fr' } }, { token: null });
    expect(user(kit, 'ada@contoso.com').preferredLanguage).toBe('fr');
    expect(kit.outbox('ada@contoso.com')[0]).toMatchObject({
      subject: messageTemplates.fr.resetNoticeSubject(contoso),
      body: messageTemplates.fr.resetNotice({ userPrincipalName: 'ada@contoso.com' }),
    });
  });

  it('Messages: an admin notice is worded in each admin’s own language', async () => {
    const kit = await createKit();
    user(kit, 'admin@contoso.com').preferredLanguage = 'nl';
    const flow = await kit.start('ada@contoso.com');
    await kit.contactAdmin(flow.flowId);
    expect(kit.outbox('admin.private@fabrikam.com')[0]).toMatchObject({
      subject: messageTemplates.nl.helpRequestSubject({ ...contoso, userId: 'ada@contoso.com' }),
      body: messageTemplates.nl.helpRequest({ ...contoso, userId: 'ada@contoso.com' }),
    });
  });

  it('Messages: every portal language has its wording; without a preferred language, the organisation’s default language, then English', async () => {
    const kit = await createKit();
    const ada = user(kit, 'ada@contoso.com');
    const start = async () => {
      const flow = await kit.start('ada@contoso.com');
      await kit.challenge(flow.flowId, kit.method(flow, 'email'));
      return kit.outbox('ada.lovelace@fabrikam.com')[0]?.subject;
    };
    ada.preferredLanguage = 'ja';
    expect(await start()).toBe(messageTemplates.ja.resetCodeSubject(contoso));
    ada.preferredLanguage = 'zh-Hans';
    expect(await start()).toBe(messageTemplates['zh-Hans'].resetCodeSubject(contoso));
    ada.preferredLanguage = null;
    expect(await start()).toBe(messageTemplates.en.resetCodeSubject(contoso));
    kit.state.branding = { ...defaultBranding('Contoso'), defaultLanguage: 'nl' };
    expect(await start()).toBe(messageTemplates.nl.resetCodeSubject(contoso));
    // Any portal language may be the organisation's default.
    kit.state.branding = { ...defaultBranding('Contoso'), defaultLanguage: 'de' };
    expect(await start()).toBe(messageTemplates.de.resetCodeSubject(contoso));
    kit.state.branding = { ...defaultBranding('Contoso'), defaultLanguage: 'ar' };
    expect(await start()).toBe(messageTemplates.ar.resetCodeSubject(contoso));
  });

  it('Messages: the backend words its messages in every portal language', () => {
    expect(Object.keys(messageTemplates).sort()).toEqual([...preferredLanguages].sort());
    expect(messageLanguages).toEqual(preferredLanguages);
  });
});

describe('registration codes in the person’s preferred language', () => {
  it('Messages: e-mail, text and call verification codes follow the language; registering stores the portal’s', async () => {
    const kit = await createBackendKit();
    const context = await kit.as('nestor@contoso.com');
    const operations = kit.backend.operations;
    const organization = kit.backend.deps.state().organization.name;
    const started = await operations.startEmailVerification({ ...none, body: { value: 'nestor.wilke@fabrikam.com' } }, context);
    const [english] = (await operations.getOutbox({ ...none, query: { to: 'nestor.wilke@fabrikam.com' } }, { token: null })).items;
    expect(english?.subject).toBe(messageTemplates.en.verificationEmailSubject({ organization }));
    await operations.completeEmail({ ...none, body: { verificationId: started.verificationId, code: english?.code ?? '', preferredLanguage: 'de' } }, context);
    const me = [...kit.backend.deps.state().users.values()].find((entry) => entry.userPrincipalName === 'nestor@contoso.com');
    expect(me?.preferredLanguage).toBe('de');

    await operations.startPhoneVerification({ ...none, body: { value: '+31 6 11112222', channel: 'sms' } }, context);
    await operations.startPhoneVerification({ ...none, body: { value: '+31 6 11112222', channel: 'voice' } }, context);
    const [call, text] = (await operations.getOutbox({ ...none, query: { to: '+31611112222' } }, { token: null })).items;
    expect(text).toMatchObject({ subject: messageTemplates.de.verificationTextSubject({ organization }), body: messageTemplates.de.verificationText({ organization, code: text?.code ?? '' }) });
    expect(call?.subject).toBe(messageTemplates.de.verificationCallSubject({ organization }));
    expect(call?.body).toBe(messageTemplates.de.verificationCall({ organization, code: (call?.code ?? '').split('').join(' ') }));
  });
});

describe('the templates', () => {
  const params = { organization: 'Org-X', code: '000111', userPrincipalName: 'upn@x.test', userId: 'typed@x.test', admin: 'adm@x.test', person: 'who@x.test' };
  const values = Object.values(params);

  it.each(Object.keys(messageTemplates) as (keyof typeof messageTemplates)[])(
    'Messages: every %s template keeps the parameters English has, untranslated',
    (language) => {
      for (const [name, english] of Object.entries(messageTemplates.en)) {
        const template = messageTemplates[language][name as keyof typeof messageTemplates.en];
        const expected = values.filter((value) => english(params).includes(value));
        const wording = template(params);
        expect(expected.filter((value) => !wording.includes(value)), `${language}.${name}`).toEqual([]);
        expect(wording, `${language}.${name}`).not.toBe(language === 'en' ? '' : english(params));
      }
    },
  );
});

import { isMessageLanguage, messageLanguages, type MessageLanguage } from '@/api/schemas/common';
import { nativeLanguageName } from '@/i18n';

/**
 * The rollout announcement (e-mail and poster) in every language the backend words its messages
 * in (`messageLanguages`): the admin picks the language of what people receive, whatever the
 * console's own language. One entry per language; a missing language or key fails the typecheck.
 * `{{name}}` marks a parameter, as in the locale files.
 */
const en = {
  qrAlt: 'QR code of {{url}}',
  email: {
    subject: 'Set up password reset for your {{organization}} account by {{deadline}}',
    preheader: 'It takes two minutes, and saves you a call to the help desk.',
    heading: 'Reset your own password, any time',
    intro:
      '{{organization}} now has a password portal. When you forget your password or your account is locked, you can reset it yourself, day or night, from your phone or computer.',
    stepsHeading: 'What to do by {{deadline}}',
    step1: 'Go to {{url}} and sign in with your work account.',
    step2: 'Choose “Register or update my security info”.',
    step3: 'Add a mobile phone number, an e-mail address that is not your work address, or the authenticator app.',
    button: 'Open the password portal',
    later: 'Later, when you forget your password, go to {{url}} and choose “Reset my password”.',
    footer: 'Sent by the IT department of {{organization}}. We will never ask for your password by e-mail.',
    logoAlt: '{{organization}} logo',
  },
  poster: {
    heading: 'Forgot your password?',
    subheading: 'Reset it yourself, any time.',
    scan: 'Scan the code or go to',
    register: 'Register your security info by {{deadline}}, so you are ready when you need it.',
  },
};

export type AnnouncementTexts = typeof en;

export const announcementTexts: Record<MessageLanguage, AnnouncementTexts> = {
  en,
  nl: {
    qrAlt: 'QR-code van {{url}}',
    email: {
      subject: 'Stel vóór {{deadline}} wachtwoordherstel in voor je account bij {{organization}}',
      preheader: 'Het kost twee minuten en bespaart je een telefoontje naar de helpdesk.',
      heading: 'Herstel je wachtwoord zelf, op elk moment',
      intro:
        '{{organization}} heeft nu een wachtwoordportal. Ben je je wachtwoord vergeten of is je account vergrendeld, dan kun je het zelf herstellen, dag en nacht, vanaf je telefoon of computer.',
      stepsHeading: 'Wat je vóór {{deadline}} doet',
      step1: 'Ga naar {{url}} en meld je aan met je werkaccount.',
      step2: 'Kies “Mijn beveiligingsgegevens registreren of bijwerken”.',
      step3: 'Voeg een mobiel nummer toe, een e-mailadres dat niet je werkadres is, of de authenticator-app.',
      button: 'Open de wachtwoordportal',
      later: 'Ben je later je wachtwoord vergeten, ga dan naar {{url}} en kies “Mijn wachtwoord opnieuw instellen”.',
      footer: 'Verstuurd door de IT-afdeling van {{organization}}. We vragen nooit per e-mail om je wachtwoord.',
      logoAlt: 'Logo van {{organization}}',
    },
    poster: {
      heading: 'Wachtwoord vergeten?',
      subheading: 'Herstel het zelf, op elk moment.',
      scan: 'Scan de code of ga naar',
      register: 'Registreer je beveiligingsgegevens vóór {{deadline}}, zodat je klaar bent als je ze nodig hebt.',
    },
  },
  de: {
    qrAlt: 'QR-Code von {{url}}',
    email: {
      subject: 'Richten Sie bis {{deadline}} die Kennwortzurücksetzung für Ihr {{organization}}-Konto ein',
      preheader: 'Es dauert zwei Minuten und erspart Ihnen einen Anruf beim Helpdesk.',
      heading: 'Setzen Sie Ihr Kennwort jederzeit selbst zurück',
      intro:
        '{{organization}} hat jetzt ein Kennwortportal. Wenn Sie Ihr Kennwort vergessen haben oder Ihr Konto gesperrt ist, können Sie es selbst zurücksetzen, Tag und Nacht, vom Smartphone oder Computer aus.',
      stepsHeading: 'Was Sie bis {{deadline}} tun sollten',
      step1: 'Öffnen Sie {{url}} und melden Sie sich mit Ihrem Arbeitskonto an.',
      step2: 'Wählen Sie „Meine Sicherheitsinformationen registrieren oder aktualisieren“.',
      step3: 'Fügen Sie eine Mobiltelefonnummer, eine E-Mail-Adresse, die nicht Ihre Arbeitsadresse ist, oder die Authenticator-App hinzu.',
      button: 'Kennwortportal öffnen',
      later: 'Wenn Sie später Ihr Kennwort vergessen, öffnen Sie {{url}} und wählen Sie „Mein Kennwort zurücksetzen“.',
      footer: 'Gesendet von der IT-Abteilung von {{organization}}. Wir fragen Sie nie per E-Mail nach Ihrem Kennwort.',
      logoAlt: 'Logo von {{organization}}',
    },
    poster: {
      heading: 'Kennwort vergessen?',
      subheading: 'Setzen Sie es jederzeit selbst zurück.',
      scan: 'Scannen Sie den Code oder öffnen Sie',
      register: 'Registrieren Sie Ihre Sicherheitsinformationen bis {{deadline}}, damit Sie vorbereitet sind, wenn Sie sie brauchen.',
    },
  },
  fr: {
    qrAlt: 'Code QR de {{url}}',
    email: {
      subject: 'Configurez la réinitialisation du mot de passe de votre compte {{organization}} avant le {{deadline}}',
      preheader: 'Cela prend deux minutes et vous évite un appel au support.',
      heading: 'Réinitialisez vous-même votre mot de passe, à tout moment',
      intro:
        '{{organization}} dispose désormais d’un portail des mots de passe. Si vous oubliez votre mot de passe ou si votre compte est verrouillé, vous pouvez le réinitialiser vous-même, de jour comme de nuit, depuis votre téléphone ou votre ordinateur.',
      stepsHeading: 'À faire avant le {{deadline}}',
      step1: 'Accédez à {{url}} et connectez-vous avec votre compte professionnel.',
      step2: 'Choisissez « Enregistrer ou mettre à jour mes informations de sécurité ».',
      step3: 'Ajoutez un numéro de téléphone mobile, une adresse e-mail autre que votre adresse professionnelle, ou l’application d’authentification.',
      button: 'Ouvrir le portail des mots de passe',
      later: 'Plus tard, si vous oubliez votre mot de passe, accédez à {{url}} et choisissez « Réinitialiser mon mot de passe ».',
      footer: 'Envoyé par le service informatique de {{organization}}. Nous ne vous demanderons jamais votre mot de passe par e-mail.',
      logoAlt: 'Logo de {{organization}}',
    },
    poster: {
      heading: 'Mot de passe oublié ?',
      subheading: 'Réinitialisez-le vous-même, à tout moment.',
      scan: 'Scannez le code ou accédez à',
      register: 'Enregistrez vos informations de sécurité avant le {{deadline}}, pour être prêt le jour où vous en aurez besoin.',
    },
  },
  ar: {
    qrAlt: 'رمز QR للعنوان {{url}}',
    email: {
      subject: 'اضبط إعادة تعيين كلمة المرور لحسابك في {{organization}} قبل {{deadline}}',
      preheader: 'يستغرق ذلك دقيقتين، ويغنيك عن الاتصال بمكتب الدعم.',
      heading: 'أعد تعيين كلمة المرور بنفسك، في أي وقت',
      intro:
        'لدى {{organization}} الآن بوابة لكلمات المرور. إذا نسيت كلمة المرور أو كان حسابك مقفلاً، يمكنك إعادة تعيينها بنفسك، ليلاً أو نهاراً، من هاتفك أو حاسوبك.',
      stepsHeading: 'ما عليك فعله قبل {{deadline}}',
      step1: 'انتقل إلى {{url}} وسجّل الدخول بحساب العمل.',
      step2: 'اختر «تسجيل معلومات الأمان أو تحديثها».',
      step3: 'أضف رقم هاتف محمول، أو عنوان بريد إلكتروني غير عنوان العمل، أو تطبيق المصادقة.',
      button: 'افتح بوابة كلمات المرور',
      later: 'لاحقاً، إذا نسيت كلمة المرور، انتقل إلى {{url}} واختر «إعادة تعيين كلمة المرور».',
      footer: 'أرسله قسم تقنية المعلومات في {{organization}}. لن نطلب منك كلمة المرور عبر البريد الإلكتروني أبداً.',
      logoAlt: 'شعار {{organization}}',
    },
    poster: {
      heading: 'هل نسيت كلمة المرور؟',
      subheading: 'أعد تعيينها بنفسك، في أي وقت.',
      scan: 'امسح الرمز أو انتقل إلى',
      register: 'سجّل معلومات الأمان قبل {{deadline}}، لتكون مستعداً عندما تحتاج إليها.',
    },
  },
};

/** The languages to choose from, each named in itself and marked with its own language. */
export const announcementLanguageOptions = messageLanguages.map((tag) => ({ value: tag, label: nativeLanguageName(tag), lang: tag }));

/** The organisation's default language when the announcement has it, else English. */
export function defaultAnnouncementLanguage(organisationLanguage: string): MessageLanguage {
  return isMessageLanguage(organisationLanguage) ? organisationLanguage : 'en';
}

/** Fills `{{name}}` parameters; an address or ID inside right-to-left text is isolated so it stays left to right. */
export function fillIn(template: string, params: Record<string, string>, dir: 'ltr' | 'rtl' = 'ltr'): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return dir === 'rtl' ? `\u2068${value}\u2069` : value;
  });
}

export function announcementDir(language: MessageLanguage): 'ltr' | 'rtl' {
  return language === 'ar' ? 'rtl' : 'ltr';
}

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
  es: {
    qrAlt: 'Código QR de {{url}}',
    email: {
      subject: 'Configure antes del {{deadline}} el restablecimiento de contraseña de su cuenta de {{organization}}',
      preheader: 'Solo se tarda dos minutos y se ahorra una llamada al soporte técnico.',
      heading: 'Restablezca su contraseña por su cuenta, cuando lo necesite',
      intro:
        '{{organization}} ya tiene un portal de contraseñas. Si olvida su contraseña o su cuenta está bloqueada, puede restablecerla por su cuenta, de día o de noche, desde el móvil o el ordenador.',
      stepsHeading: 'Qué hacer antes del {{deadline}}',
      step1: 'Vaya a {{url}} e inicie sesión con su cuenta profesional.',
      step2: 'Elija «Registrar o actualizar mi información de seguridad».',
      step3: 'Añada un número de móvil, una dirección de correo electrónico que no sea la del trabajo o la aplicación de autenticación.',
      button: 'Abrir el portal de contraseñas',
      later: 'Más adelante, si olvida su contraseña, vaya a {{url}} y elija «Restablecer mi contraseña».',
      footer: 'Enviado por el departamento de TI de {{organization}}. Nunca le pediremos su contraseña por correo electrónico.',
      logoAlt: 'Logotipo de {{organization}}',
    },
    poster: {
      heading: '¿Ha olvidado su contraseña?',
      subheading: 'Restablézcala por su cuenta, en cualquier momento.',
      scan: 'Escanee el código o vaya a',
      register: 'Registre su información de seguridad antes del {{deadline}} para tenerla lista cuando la necesite.',
    },
  },
  it: {
    qrAlt: 'Codice QR di {{url}}',
    email: {
      subject: 'Configura entro il {{deadline}} la reimpostazione della password per il tuo account {{organization}}',
      preheader: 'Bastano due minuti e ti risparmi una chiamata all’assistenza tecnica.',
      heading: 'Reimposta la tua password in autonomia, quando vuoi',
      intro:
        '{{organization}} ora ha un portale password. Se dimentichi la password o il tuo account è bloccato, puoi reimpostarla in autonomia, di giorno o di notte, dal telefono o dal computer.',
      stepsHeading: 'Cosa fare entro il {{deadline}}',
      step1: 'Vai su {{url}} e accedi con il tuo account aziendale.',
      step2: 'Scegli «Registra o aggiorna le mie informazioni di sicurezza».',
      step3: 'Aggiungi un numero di cellulare, un indirizzo e-mail diverso da quello di lavoro oppure l’app di autenticazione.',
      button: 'Apri il portale password',
      later: 'In seguito, se dimentichi la password, vai su {{url}} e scegli «Reimposta la mia password».',
      footer: 'Inviato dal reparto IT di {{organization}}. Non ti chiederemo mai la password via e-mail.',
      logoAlt: 'Logo di {{organization}}',
    },
    poster: {
      heading: 'Password dimenticata?',
      subheading: 'Reimpostala in autonomia, quando vuoi.',
      scan: 'Inquadra il codice o vai su',
      register: 'Registra le tue informazioni di sicurezza entro il {{deadline}}, così avrai tutto pronto quando ti servirà.',
    },
  },
  'pt-BR': {
    qrAlt: 'Código QR de {{url}}',
    email: {
      subject: 'Configure até {{deadline}} a redefinição de senha da sua conta {{organization}}',
      preheader: 'Leva dois minutos e evita uma ligação para o suporte técnico.',
      heading: 'Redefina sua própria senha, a qualquer hora',
      intro:
        '{{organization}} agora tem um portal de senhas. Se você esquecer sua senha ou sua conta estiver bloqueada, poderá redefini-la por conta própria, de dia ou de noite, pelo celular ou pelo computador.',
      stepsHeading: 'O que fazer até {{deadline}}',
      step1: 'Acesse {{url}} e entre com sua conta corporativa.',
      step2: 'Escolha “Registrar ou atualizar minhas informações de segurança”.',
      step3: 'Adicione um número de celular, um email que não seja o do trabalho ou o aplicativo autenticador.',
      button: 'Abrir o portal de senhas',
      later: 'Depois, quando esquecer sua senha, acesse {{url}} e escolha “Redefinir minha senha”.',
      footer: 'Enviado pelo departamento de TI de {{organization}}. Nunca pediremos sua senha por email.',
      logoAlt: 'Logotipo de {{organization}}',
    },
    poster: {
      heading: 'Esqueceu sua senha?',
      subheading: 'Redefina-a por conta própria, a qualquer hora.',
      scan: 'Escaneie o código ou acesse',
      register: 'Registre suas informações de segurança até {{deadline}} para que tudo esteja pronto quando você precisar.',
    },
  },
  pl: {
    qrAlt: 'Kod QR adresu {{url}}',
    email: {
      subject: 'Do {{deadline}} skonfiguruj resetowanie hasła do swojego konta w organizacji {{organization}}',
      preheader: 'Zajmie Ci to dwie minuty i oszczędzi telefonu do pomocy technicznej.',
      heading: 'Resetuj hasło samodzielnie, o każdej porze',
      intro:
        'Organizacja {{organization}} ma teraz portal haseł. Jeśli zapomnisz hasła lub Twoje konto zostanie zablokowane, możesz je samodzielnie zresetować, w dzień i w nocy, z telefonu lub komputera.',
      stepsHeading: 'Co zrobić do {{deadline}}',
      step1: 'Wejdź na {{url}} i zaloguj się za pomocą konta służbowego.',
      step2: 'Wybierz „Zarejestruj lub zaktualizuj moje informacje zabezpieczające”.',
      step3: 'Dodaj numer telefonu komórkowego, adres e-mail inny niż służbowy albo aplikację uwierzytelniającą.',
      button: 'Otwórz portal haseł',
      later: 'Gdy później zapomnisz hasła, wejdź na {{url}} i wybierz „Zresetuj moje hasło”.',
      footer: 'Wiadomość od działu IT organizacji {{organization}}. Nigdy nie poprosimy Cię o hasło w wiadomości e-mail.',
      logoAlt: 'Logo organizacji {{organization}}',
    },
    poster: {
      heading: 'Nie pamiętasz hasła?',
      subheading: 'Zresetuj je samodzielnie, o każdej porze.',
      scan: 'Zeskanuj kod lub wejdź na',
      register: 'Zarejestruj swoje informacje zabezpieczające do {{deadline}}, aby mieć je pod ręką, gdy będą potrzebne.',
    },
  },
  sv: {
    qrAlt: 'QR-kod för {{url}}',
    email: {
      subject: 'Konfigurera lösenordsåterställning för ditt konto hos {{organization}} senast {{deadline}}',
      preheader: 'Det tar två minuter och besparar dig ett samtal till IT-supporten.',
      heading: 'Återställ ditt lösenord själv, när du vill',
      intro:
        '{{organization}} har nu en lösenordsportal. Om du glömmer ditt lösenord eller om ditt konto är låst kan du återställa det själv, dag som natt, från telefonen eller datorn.',
      stepsHeading: 'Det här gör du senast {{deadline}}',
      step1: 'Gå till {{url}} och logga in med ditt arbetskonto.',
      step2: 'Välj ”Registrera eller uppdatera min säkerhetsinformation”.',
      step3: 'Lägg till ett mobilnummer, en e-postadress som inte är din jobbadress eller autentiseringsappen.',
      button: 'Öppna lösenordsportalen',
      later: 'Om du senare glömmer ditt lösenord går du till {{url}} och väljer ”Återställ mitt lösenord”.',
      footer: 'Skickat av IT-avdelningen på {{organization}}. Vi ber dig aldrig om ditt lösenord via e-post.',
      logoAlt: 'Logotyp för {{organization}}',
    },
    poster: {
      heading: 'Glömt lösenordet?',
      subheading: 'Återställ det själv, när du vill.',
      scan: 'Skanna koden eller gå till',
      register: 'Registrera din säkerhetsinformation senast {{deadline}}, så är du redo när du behöver den.',
    },
  },
  ja: {
    qrAlt: '{{url}}のQRコード',
    email: {
      subject: '{{deadline}}までに{{organization}}アカウントのパスワードのリセットを設定してください',
      preheader: '2分で完了し、ヘルプデスクに電話する手間が省けます。',
      heading: 'パスワードはいつでも自分でリセットできます',
      intro:
        '{{organization}}にパスワードポータルができました。パスワードを忘れたときやアカウントがロックされたときは、昼夜を問わず、スマートフォンやパソコンから自分でリセットできます。',
      stepsHeading: '{{deadline}}までに行うこと',
      step1: '{{url}}にアクセスし、職場のアカウントでサインインします。',
      step2: '「セキュリティ情報を登録または更新する」を選択します。',
      step3: '携帯電話番号、職場以外のメールアドレス、または認証アプリを追加します。',
      button: 'パスワードポータルを開く',
      later: '今後パスワードを忘れたときは、{{url}}にアクセスし、「パスワードをリセットする」を選択してください。',
      footer: '{{organization}}のIT部門から送信されています。メールでパスワードをお尋ねすることはありません。',
      logoAlt: '{{organization}}のロゴ',
    },
    poster: {
      heading: 'パスワードをお忘れですか？',
      subheading: 'いつでも自分でリセットできます。',
      scan: 'コードをスキャンするか、こちらにアクセスしてください',
      register: 'いざというときに備えて、{{deadline}}までにセキュリティ情報を登録してください。',
    },
  },
  'zh-Hans': {
    qrAlt: '{{url}} 的二维码',
    email: {
      subject: '请在 {{deadline}} 前为您的 {{organization}} 帐户设置密码重置',
      preheader: '只需两分钟，还能省去一通打给技术支持的电话。',
      heading: '随时自行重置密码',
      intro:
        '{{organization}} 现已推出密码门户。如果您忘记了密码或帐户被锁定，无论白天还是夜晚，都可以通过手机或电脑自行重置。',
      stepsHeading: '请在 {{deadline}} 前完成以下操作',
      step1: '访问 {{url}}，使用您的工作帐户登录。',
      step2: '选择“注册或更新我的安全信息”。',
      step3: '添加手机号码、非工作用的电子邮件地址或验证器应用。',
      button: '打开密码门户',
      later: '以后忘记密码时，请访问 {{url}} 并选择“重置我的密码”。',
      footer: '由 {{organization}} 的 IT 部门发送。我们绝不会通过电子邮件索要您的密码。',
      logoAlt: '{{organization}} 徽标',
    },
    poster: {
      heading: '忘记密码了？',
      subheading: '随时自行重置。',
      scan: '扫描二维码或访问',
      register: '请在 {{deadline}} 前注册您的安全信息，以备不时之需。',
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

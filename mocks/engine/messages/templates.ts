import type { MessageLanguage } from '@/api';

interface Org {
  organization: string;
}
interface Code {
  code: string;
}
interface Person {
  userPrincipalName: string;
}

/**
 * Every message the mock backend sends, in one place: each language must have every template
 * (a missing language or key fails the typecheck). Codes, addresses and user IDs are parameters,
 * never translated. English stays word for word what the backend always sent.
 */
export interface MessageTemplates {
  /** A reset code by e-mail, text or call. */
  resetCodeSubject(p: Org): string;
  resetCodeEmail(p: Org & Code): string;
  resetCodePhone(p: Org & Code): string;
  /** A registration code by e-mail, text or call. */
  verificationEmailSubject(p: Org): string;
  verificationEmail(p: Org & Code): string;
  verificationTextSubject(p: Org): string;
  verificationText(p: Org & Code): string;
  verificationCallSubject(p: Org): string;
  /** `code` is spoken digit by digit ("1 2 3 4 5 6"). */
  verificationCall(p: Org & Code): string;
  /** The authenticator app's prompt. */
  pushSubject(p: Org): string;
  pushBody(p: Person): string;
  /** To the person whose password was reset. */
  resetNoticeSubject(p: Org): string;
  resetNotice(p: Person): string;
  /** To the admins: help asked for at the portal (`userId` is what was typed). */
  helpRequestSubject(p: Org & { userId: string }): string;
  helpRequest(p: Org & { userId: string }): string;
  /** To the admins: an admin reset someone's password. */
  adminResetSubject(p: Org & Person): string;
  adminReset(p: Org & { admin: string; person: string }): string;
}

export const messageTemplates: Record<MessageLanguage, MessageTemplates> = {
  en: {
    resetCodeSubject: ({ organization }) => `${organization} password reset code`,
    resetCodeEmail: ({ organization, code }) =>
      `Use ${code} to reset your ${organization} password. The code expires in 5 minutes. If you did not ask for it, ignore this message.`,
    resetCodePhone: ({ organization, code }) => `${organization}: your password reset code is ${code}. It expires in 5 minutes.`,
    verificationEmailSubject: ({ organization }) => `Your ${organization} verification code`,
    verificationEmail: ({ code }) => `Use ${code} to verify your e-mail address. The code expires in 5 minutes.`,
    verificationTextSubject: ({ organization }) => `${organization} verification code`,
    verificationText: ({ code }) => `Use ${code} to verify your phone number.`,
    verificationCallSubject: ({ organization }) => `${organization} verification call`,
    verificationCall: ({ organization, code }) => `This is ${organization}. Your verification code is ${code}.`,
    pushSubject: ({ organization }) => `${organization}: approve the password reset?`,
    pushBody: ({ userPrincipalName }) => `Someone is resetting the password of ${userPrincipalName}. Approve only if it is you.`,
    resetNoticeSubject: ({ organization }) => `Your ${organization} password was reset`,
    resetNotice: ({ userPrincipalName }) =>
      `The password of ${userPrincipalName} was just reset at the password portal. If this was not you, contact your administrator now.`,
    helpRequestSubject: ({ userId }) => `Password help requested for ${userId}`,
    helpRequest: ({ organization, userId }) =>
      `Someone resetting the password of "${userId}" at the ${organization} password portal asked an administrator for help.`,
    adminResetSubject: ({ userPrincipalName }) => `Password reset for ${userPrincipalName}`,
    adminReset: ({ organization, admin, person }) => `${admin} reset the ${organization} password of ${person}.`,
  },
  nl: {
    resetCodeSubject: ({ organization }) => `${organization}: code om je wachtwoord opnieuw in te stellen`,
    resetCodeEmail: ({ organization, code }) =>
      `Gebruik ${code} om je wachtwoord van ${organization} opnieuw in te stellen. De code verloopt over 5 minuten. Heb je hier niet om gevraagd? Negeer dit bericht dan.`,
    resetCodePhone: ({ organization, code }) => `${organization}: je code om je wachtwoord opnieuw in te stellen is ${code}. Hij verloopt over 5 minuten.`,
    verificationEmailSubject: ({ organization }) => `Je verificatiecode van ${organization}`,
    verificationEmail: ({ code }) => `Gebruik ${code} om je e-mailadres te verifiëren. De code verloopt over 5 minuten.`,
    verificationTextSubject: ({ organization }) => `Verificatiecode van ${organization}`,
    verificationText: ({ code }) => `Gebruik ${code} om je telefoonnummer te verifiëren.`,
    verificationCallSubject: ({ organization }) => `Verificatieoproep van ${organization}`,
    verificationCall: ({ organization, code }) => `Dit is ${organization}. Je verificatiecode is ${code}.`,
    pushSubject: ({ organization }) => `${organization}: het opnieuw instellen van je wachtwoord goedkeuren?`,
    pushBody: ({ userPrincipalName }) => `Iemand stelt het wachtwoord van ${userPrincipalName} opnieuw in. Keur dit alleen goed als jij het bent.`,
    resetNoticeSubject: ({ organization }) => `Je wachtwoord van ${organization} is opnieuw ingesteld`,
    resetNotice: ({ userPrincipalName }) =>
      `Het wachtwoord van ${userPrincipalName} is zojuist opnieuw ingesteld in de wachtwoordportal. Was jij dit niet? Neem dan nu contact op met je beheerder.`,
    helpRequestSubject: ({ userId }) => `Hulp gevraagd bij het wachtwoord van ${userId}`,
    helpRequest: ({ organization, userId }) =>
      `Iemand die het wachtwoord van "${userId}" opnieuw instelt in de wachtwoordportal van ${organization}, heeft een beheerder om hulp gevraagd.`,
    adminResetSubject: ({ userPrincipalName }) => `Wachtwoord opnieuw ingesteld voor ${userPrincipalName}`,
    adminReset: ({ organization, admin, person }) => `${admin} heeft het wachtwoord van ${organization} van ${person} opnieuw ingesteld.`,
  },
  de: {
    resetCodeSubject: ({ organization }) => `${organization}: Code zum Zurücksetzen des Kennworts`,
    resetCodeEmail: ({ organization, code }) =>
      `Verwenden Sie ${code}, um Ihr Kennwort für ${organization} zurückzusetzen. Der Code läuft in 5 Minuten ab. Wenn Sie ihn nicht angefordert haben, ignorieren Sie diese Nachricht.`,
    resetCodePhone: ({ organization, code }) => `${organization}: Ihr Code zum Zurücksetzen des Kennworts lautet ${code}. Er läuft in 5 Minuten ab.`,
    verificationEmailSubject: ({ organization }) => `Ihr Bestätigungscode von ${organization}`,
    verificationEmail: ({ code }) => `Verwenden Sie ${code}, um Ihre E-Mail-Adresse zu bestätigen. Der Code läuft in 5 Minuten ab.`,
    verificationTextSubject: ({ organization }) => `Bestätigungscode von ${organization}`,
    verificationText: ({ code }) => `Verwenden Sie ${code}, um Ihre Telefonnummer zu bestätigen.`,
    verificationCallSubject: ({ organization }) => `Bestätigungsanruf von ${organization}`,
    verificationCall: ({ organization, code }) => `Hier ist ${organization}. Ihr Bestätigungscode lautet ${code}.`,
    pushSubject: ({ organization }) => `${organization}: Zurücksetzen des Kennworts genehmigen?`,
    pushBody: ({ userPrincipalName }) => `Jemand setzt das Kennwort von ${userPrincipalName} zurück. Genehmigen Sie nur, wenn Sie es selbst sind.`,
    resetNoticeSubject: ({ organization }) => `Ihr Kennwort für ${organization} wurde zurückgesetzt`,
    resetNotice: ({ userPrincipalName }) =>
      `Das Kennwort von ${userPrincipalName} wurde soeben im Kennwortportal zurückgesetzt. Wenn Sie das nicht waren, wenden Sie sich jetzt an Ihren Administrator.`,
    helpRequestSubject: ({ userId }) => `Hilfe zum Kennwort von ${userId} angefordert`,
    helpRequest: ({ organization, userId }) =>
      `Jemand, der das Kennwort von „${userId}“ im Kennwortportal von ${organization} zurücksetzt, hat einen Administrator um Hilfe gebeten.`,
    adminResetSubject: ({ userPrincipalName }) => `Kennwort von ${userPrincipalName} zurückgesetzt`,
    adminReset: ({ organization, admin, person }) => `${admin} hat das ${organization}-Kennwort von ${person} zurückgesetzt.`,
  },
  fr: {
    resetCodeSubject: ({ organization }) => `${organization} : code de réinitialisation du mot de passe`,
    resetCodeEmail: ({ organization, code }) =>
      `Utilisez ${code} pour réinitialiser votre mot de passe ${organization}. Le code expire dans 5 minutes. Si vous ne l’avez pas demandé, ignorez ce message.`,
    resetCodePhone: ({ organization, code }) => `${organization} : votre code de réinitialisation du mot de passe est ${code}. Il expire dans 5 minutes.`,
    verificationEmailSubject: ({ organization }) => `Votre code de vérification ${organization}`,
    verificationEmail: ({ code }) => `Utilisez ${code} pour vérifier votre adresse e-mail. Le code expire dans 5 minutes.`,
    verificationTextSubject: ({ organization }) => `Code de vérification ${organization}`,
    verificationText: ({ code }) => `Utilisez ${code} pour vérifier votre numéro de téléphone.`,
    verificationCallSubject: ({ organization }) => `Appel de vérification ${organization}`,
    verificationCall: ({ organization, code }) => `Ici ${organization}. Votre code de vérification est ${code}.`,
    pushSubject: ({ organization }) => `${organization} : approuver la réinitialisation du mot de passe ?`,
    pushBody: ({ userPrincipalName }) =>
      `Quelqu’un réinitialise le mot de passe de ${userPrincipalName}. N’approuvez que si c’est vous.`,
    resetNoticeSubject: ({ organization }) => `Votre mot de passe ${organization} a été réinitialisé`,
    resetNotice: ({ userPrincipalName }) =>
      `Le mot de passe de ${userPrincipalName} vient d’être réinitialisé sur le portail des mots de passe. Si ce n’était pas vous, contactez votre administrateur dès maintenant.`,
    helpRequestSubject: ({ userId }) => `Aide demandée pour le mot de passe de ${userId}`,
    helpRequest: ({ organization, userId }) =>
      `Une personne qui réinitialise le mot de passe de « ${userId} » sur le portail des mots de passe ${organization} a demandé l’aide d’un administrateur.`,
    adminResetSubject: ({ userPrincipalName }) => `Mot de passe réinitialisé pour ${userPrincipalName}`,
    adminReset: ({ organization, admin, person }) => `${admin} a réinitialisé le mot de passe ${organization} de ${person}.`,
  },
  // Addresses, user IDs and codes are isolated (U+2068…U+2069) so they stay left to right in the Arabic text.
  ar: {
    resetCodeSubject: ({ organization }) => `${organization}: رمز إعادة تعيين كلمة المرور`,
    resetCodeEmail: ({ organization, code }) =>
      `استخدم \u2068${code}\u2069 لإعادة تعيين كلمة مرور حسابك في ${organization}. تنتهي صلاحية الرمز خلال 5 دقائق. إذا لم تطلبه، فتجاهل هذه الرسالة.`,
    resetCodePhone: ({ organization, code }) => `${organization}: رمز إعادة تعيين كلمة المرور هو \u2068${code}\u2069. تنتهي صلاحيته خلال 5 دقائق.`,
    verificationEmailSubject: ({ organization }) => `رمز التحقق من ${organization}`,
    verificationEmail: ({ code }) => `استخدم \u2068${code}\u2069 للتحقق من عنوان بريدك الإلكتروني. تنتهي صلاحية الرمز خلال 5 دقائق.`,
    verificationTextSubject: ({ organization }) => `رمز التحقق من ${organization}`,
    verificationText: ({ code }) => `استخدم \u2068${code}\u2069 للتحقق من رقم هاتفك.`,
    verificationCallSubject: ({ organization }) => `مكالمة تحقق من ${organization}`,
    verificationCall: ({ organization, code }) => `معك ${organization}. رمز التحقق الخاص بك هو \u2068${code}\u2069.`,
    pushSubject: ({ organization }) => `${organization}: هل توافق على إعادة تعيين كلمة المرور؟`,
    pushBody: ({ userPrincipalName }) =>
      `يقوم شخص ما بإعادة تعيين كلمة مرور \u2068${userPrincipalName}\u2069. لا توافق إلا إذا كنت أنت.`,
    resetNoticeSubject: ({ organization }) => `تمت إعادة تعيين كلمة مرور حسابك في ${organization}`,
    resetNotice: ({ userPrincipalName }) =>
      `تمت للتو إعادة تعيين كلمة مرور \u2068${userPrincipalName}\u2069 في بوابة كلمات المرور. إذا لم تكن أنت، فاتصل بالمسؤول الآن.`,
    helpRequestSubject: ({ userId }) => `طلب مساعدة بشأن كلمة مرور \u2068${userId}\u2069`,
    helpRequest: ({ organization, userId }) =>
      `طلب شخص يعيد تعيين كلمة مرور \u2068${userId}\u2069 في بوابة كلمات المرور لدى ${organization} مساعدة من المسؤول.`,
    adminResetSubject: ({ userPrincipalName }) => `إعادة تعيين كلمة مرور \u2068${userPrincipalName}\u2069`,
    adminReset: ({ organization, admin, person }) => `أعاد \u2068${admin}\u2069 تعيين كلمة مرور \u2068${person}\u2069 في ${organization}.`,
  },
};

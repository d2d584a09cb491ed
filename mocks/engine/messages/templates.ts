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
  es: {
    resetCodeSubject: ({ organization }) => `${organization}: código para restablecer la contraseña`,
    resetCodeEmail: ({ organization, code }) =>
      `Use ${code} para restablecer su contraseña de ${organization}. El código caduca en 5 minutos. Si no lo ha solicitado, ignore este mensaje.`,
    resetCodePhone: ({ organization, code }) => `${organization}: su código para restablecer la contraseña es ${code}. Caduca en 5 minutos.`,
    verificationEmailSubject: ({ organization }) => `Su código de verificación de ${organization}`,
    verificationEmail: ({ code }) => `Use ${code} para verificar su dirección de correo electrónico. El código caduca en 5 minutos.`,
    verificationTextSubject: ({ organization }) => `Código de verificación de ${organization}`,
    verificationText: ({ code }) => `Use ${code} para verificar su número de teléfono.`,
    verificationCallSubject: ({ organization }) => `Llamada de verificación de ${organization}`,
    verificationCall: ({ organization, code }) => `Le llamamos de ${organization}. Su código de verificación es ${code}.`,
    pushSubject: ({ organization }) => `${organization}: ¿aprobar el restablecimiento de la contraseña?`,
    pushBody: ({ userPrincipalName }) => `Alguien está restableciendo la contraseña de ${userPrincipalName}. Apruébelo solo si es usted.`,
    resetNoticeSubject: ({ organization }) => `Se ha restablecido su contraseña de ${organization}`,
    resetNotice: ({ userPrincipalName }) =>
      `Se acaba de restablecer la contraseña de ${userPrincipalName} en el portal de contraseñas. Si no ha sido usted, póngase en contacto ahora con su administrador.`,
    helpRequestSubject: ({ userId }) => `Solicitud de ayuda con la contraseña de ${userId}`,
    helpRequest: ({ organization, userId }) =>
      `Una persona que está restableciendo la contraseña de «${userId}» en el portal de contraseñas de ${organization} ha pedido ayuda a un administrador.`,
    adminResetSubject: ({ userPrincipalName }) => `Contraseña restablecida para ${userPrincipalName}`,
    adminReset: ({ organization, admin, person }) => `${admin} ha restablecido la contraseña de ${organization} de ${person}.`,
  },
  it: {
    resetCodeSubject: ({ organization }) => `${organization}: codice per reimpostare la password`,
    resetCodeEmail: ({ organization, code }) =>
      `Usa ${code} per reimpostare la tua password di ${organization}. Il codice scade tra 5 minuti. Se non l’hai richiesto, ignora questo messaggio.`,
    resetCodePhone: ({ organization, code }) => `${organization}: il tuo codice per reimpostare la password è ${code}. Scade tra 5 minuti.`,
    verificationEmailSubject: ({ organization }) => `Il tuo codice di verifica di ${organization}`,
    verificationEmail: ({ code }) => `Usa ${code} per verificare il tuo indirizzo e-mail. Il codice scade tra 5 minuti.`,
    verificationTextSubject: ({ organization }) => `Codice di verifica di ${organization}`,
    verificationText: ({ code }) => `Usa ${code} per verificare il tuo numero di telefono.`,
    verificationCallSubject: ({ organization }) => `Chiamata di verifica di ${organization}`,
    verificationCall: ({ organization, code }) => `Ti chiamiamo da ${organization}. Il tuo codice di verifica è ${code}.`,
    pushSubject: ({ organization }) => `${organization}: approvare la reimpostazione della password?`,
    pushBody: ({ userPrincipalName }) => `Qualcuno sta reimpostando la password di ${userPrincipalName}. Approva solo se sei tu.`,
    resetNoticeSubject: ({ organization }) => `La tua password di ${organization} è stata reimpostata`,
    resetNotice: ({ userPrincipalName }) =>
      `La password di ${userPrincipalName} è appena stata reimpostata nel portale password. Se non l’hai fatto tu, contatta subito il tuo amministratore.`,
    helpRequestSubject: ({ userId }) => `Richiesta di aiuto per la password di ${userId}`,
    helpRequest: ({ organization, userId }) =>
      `Una persona che sta reimpostando la password di «${userId}» nel portale password di ${organization} ha chiesto aiuto a un amministratore.`,
    adminResetSubject: ({ userPrincipalName }) => `Password reimpostata per ${userPrincipalName}`,
    adminReset: ({ organization, admin, person }) => `${admin} ha reimpostato la password di ${person} per ${organization}.`,
  },
  'pt-BR': {
    resetCodeSubject: ({ organization }) => `${organization}: código de redefinição de senha`,
    resetCodeEmail: ({ organization, code }) =>
      `Use ${code} para redefinir a senha da sua conta ${organization}. O código expira em 5 minutos. Se você não solicitou, ignore esta mensagem.`,
    resetCodePhone: ({ organization, code }) => `${organization}: seu código de redefinição de senha é ${code}. Ele expira em 5 minutos.`,
    verificationEmailSubject: ({ organization }) => `${organization}: seu código de verificação`,
    verificationEmail: ({ code }) => `Use ${code} para verificar seu endereço de email. O código expira em 5 minutos.`,
    verificationTextSubject: ({ organization }) => `${organization}: código de verificação`,
    verificationText: ({ code }) => `Use ${code} para verificar seu número de telefone.`,
    verificationCallSubject: ({ organization }) => `${organization}: ligação de verificação`,
    verificationCall: ({ organization, code }) => `Olá, esta ligação é de ${organization}. Seu código de verificação é ${code}.`,
    pushSubject: ({ organization }) => `${organization}: aprovar a redefinição de senha?`,
    pushBody: ({ userPrincipalName }) => `Alguém está redefinindo a senha de ${userPrincipalName}. Aprove somente se for você.`,
    resetNoticeSubject: ({ organization }) => `A senha da sua conta ${organization} foi redefinida`,
    resetNotice: ({ userPrincipalName }) =>
      `A senha de ${userPrincipalName} acabou de ser redefinida no portal de senhas. Se não foi você, entre em contato com seu administrador agora.`,
    helpRequestSubject: ({ userId }) => `Pedido de ajuda com a senha de ${userId}`,
    helpRequest: ({ organization, userId }) =>
      `Alguém que está redefinindo a senha de “${userId}” no portal de senhas de ${organization} pediu ajuda a um administrador.`,
    adminResetSubject: ({ userPrincipalName }) => `Senha redefinida para ${userPrincipalName}`,
    adminReset: ({ organization, admin, person }) => `${admin} redefiniu a senha da conta ${organization} de ${person}.`,
  },
  pl: {
    resetCodeSubject: ({ organization }) => `${organization}: kod do resetowania hasła`,
    resetCodeEmail: ({ organization, code }) =>
      `Użyj kodu ${code}, aby zresetować hasło w organizacji ${organization}. Kod wygaśnie za 5 minut. Jeśli to nie Twoja prośba, zignoruj tę wiadomość.`,
    resetCodePhone: ({ organization, code }) => `${organization}: Twój kod do resetowania hasła to ${code}. Wygaśnie za 5 minut.`,
    verificationEmailSubject: ({ organization }) => `${organization}: Twój kod weryfikacyjny`,
    verificationEmail: ({ code }) => `Użyj kodu ${code}, aby zweryfikować swój adres e-mail. Kod wygaśnie za 5 minut.`,
    verificationTextSubject: ({ organization }) => `${organization}: kod weryfikacyjny`,
    verificationText: ({ code }) => `Użyj kodu ${code}, aby zweryfikować swój numer telefonu.`,
    verificationCallSubject: ({ organization }) => `${organization}: połączenie weryfikacyjne`,
    verificationCall: ({ organization, code }) => `Tu ${organization}. Twój kod weryfikacyjny to ${code}.`,
    pushSubject: ({ organization }) => `${organization}: zatwierdzić resetowanie hasła?`,
    pushBody: ({ userPrincipalName }) => `Ktoś resetuje hasło użytkownika ${userPrincipalName}. Zatwierdź tylko wtedy, gdy to Ty.`,
    resetNoticeSubject: ({ organization }) => `Hasło do Twojego konta w organizacji ${organization} zostało zresetowane`,
    resetNotice: ({ userPrincipalName }) =>
      `Hasło użytkownika ${userPrincipalName} zostało właśnie zresetowane w portalu haseł. Jeśli to nie Ty, natychmiast skontaktuj się z administratorem.`,
    helpRequestSubject: ({ userId }) => `Prośba o pomoc z hasłem użytkownika ${userId}`,
    helpRequest: ({ organization, userId }) =>
      `Osoba resetująca hasło użytkownika „${userId}” w portalu haseł organizacji ${organization} poprosiła administratora o pomoc.`,
    adminResetSubject: ({ userPrincipalName }) => `Zresetowano hasło użytkownika ${userPrincipalName}`,
    adminReset: ({ organization, admin, person }) => `Hasło użytkownika ${person} w organizacji ${organization} zostało zresetowane przez ${admin}.`,
  },
  sv: {
    resetCodeSubject: ({ organization }) => `${organization}: kod för lösenordsåterställning`,
    resetCodeEmail: ({ organization, code }) =>
      `Använd ${code} för att återställa ditt lösenord för ${organization}. Koden går ut om 5 minuter. Om du inte har begärt den kan du ignorera det här meddelandet.`,
    resetCodePhone: ({ organization, code }) => `${organization}: din kod för att återställa lösenordet är ${code}. Den går ut om 5 minuter.`,
    verificationEmailSubject: ({ organization }) => `Din verifieringskod från ${organization}`,
    verificationEmail: ({ code }) => `Använd ${code} för att verifiera din e-postadress. Koden går ut om 5 minuter.`,
    verificationTextSubject: ({ organization }) => `Verifieringskod från ${organization}`,
    verificationText: ({ code }) => `Använd ${code} för att verifiera ditt telefonnummer.`,
    verificationCallSubject: ({ organization }) => `Verifieringssamtal från ${organization}`,
    verificationCall: ({ organization, code }) => `Det här är ${organization}. Din verifieringskod är ${code}.`,
    pushSubject: ({ organization }) => `${organization}: godkänna lösenordsåterställningen?`,
    pushBody: ({ userPrincipalName }) => `Någon återställer lösenordet för ${userPrincipalName}. Godkänn bara om det är du.`,
    resetNoticeSubject: ({ organization }) => `Ditt lösenord för ${organization} har återställts`,
    resetNotice: ({ userPrincipalName }) =>
      `Lösenordet för ${userPrincipalName} har just återställts i lösenordsportalen. Om det inte var du ska du kontakta din administratör direkt.`,
    helpRequestSubject: ({ userId }) => `Hjälp med lösenordet för ${userId} har begärts`,
    helpRequest: ({ organization, userId }) =>
      `Någon som återställer lösenordet för ”${userId}” i lösenordsportalen för ${organization} har bett en administratör om hjälp.`,
    adminResetSubject: ({ userPrincipalName }) => `Lösenordet för ${userPrincipalName} har återställts`,
    adminReset: ({ organization, admin, person }) => `${admin} har återställt lösenordet för ${person} i ${organization}.`,
  },
  ja: {
    resetCodeSubject: ({ organization }) => `${organization}：パスワードのリセット用コード`,
    resetCodeEmail: ({ organization, code }) =>
      `${organization}のパスワードをリセットするには、${code}を使用してください。このコードの有効期限は5分です。心当たりがない場合は、このメッセージを無視してください。`,
    resetCodePhone: ({ organization, code }) => `${organization}：パスワードのリセット用コードは${code}です。有効期限は5分です。`,
    verificationEmailSubject: ({ organization }) => `${organization}の確認コード`,
    verificationEmail: ({ code }) => `メールアドレスを確認するには、${code}を使用してください。このコードの有効期限は5分です。`,
    verificationTextSubject: ({ organization }) => `${organization}の確認コード`,
    verificationText: ({ code }) => `電話番号を確認するには、${code}を使用してください。`,
    verificationCallSubject: ({ organization }) => `${organization}からの確認の電話`,
    verificationCall: ({ organization, code }) => `こちらは${organization}です。確認コードは${code}です。`,
    pushSubject: ({ organization }) => `${organization}：パスワードのリセットを承認しますか？`,
    pushBody: ({ userPrincipalName }) => `${userPrincipalName}のパスワードがリセットされようとしています。ご自身による操作の場合のみ承認してください。`,
    resetNoticeSubject: ({ organization }) => `${organization}のパスワードがリセットされました`,
    resetNotice: ({ userPrincipalName }) =>
      `パスワードポータルで${userPrincipalName}のパスワードがリセットされました。心当たりがない場合は、すぐに管理者に連絡してください。`,
    helpRequestSubject: ({ userId }) => `${userId}のパスワードに関するヘルプの依頼`,
    helpRequest: ({ organization, userId }) =>
      `${organization}のパスワードポータルで「${userId}」のパスワードをリセットしている人が、管理者にヘルプを依頼しました。`,
    adminResetSubject: ({ userPrincipalName }) => `${userPrincipalName}のパスワードのリセット`,
    adminReset: ({ organization, admin, person }) => `${admin}が${person}の${organization}のパスワードをリセットしました。`,
  },
  'zh-Hans': {
    resetCodeSubject: ({ organization }) => `${organization} 密码重置验证码`,
    resetCodeEmail: ({ organization, code }) =>
      `请使用 ${code} 重置您的 ${organization} 密码。验证码将在 5 分钟后过期。如果您没有请求此验证码，请忽略此邮件。`,
    resetCodePhone: ({ organization, code }) => `${organization}：您的密码重置验证码为 ${code}，5 分钟后过期。`,
    verificationEmailSubject: ({ organization }) => `您的 ${organization} 验证码`,
    verificationEmail: ({ code }) => `请使用 ${code} 验证您的电子邮件地址。验证码将在 5 分钟后过期。`,
    verificationTextSubject: ({ organization }) => `${organization} 验证码`,
    verificationText: ({ code }) => `请使用 ${code} 验证您的电话号码。`,
    verificationCallSubject: ({ organization }) => `${organization} 验证电话`,
    verificationCall: ({ organization, code }) => `这里是 ${organization}。您的验证码是 ${code}。`,
    pushSubject: ({ organization }) => `${organization}：是否批准密码重置？`,
    pushBody: ({ userPrincipalName }) => `有人正在重置 ${userPrincipalName} 的密码。请仅在是您本人操作时批准。`,
    resetNoticeSubject: ({ organization }) => `您的 ${organization} 密码已重置`,
    resetNotice: ({ userPrincipalName }) =>
      `${userPrincipalName} 的密码刚刚在密码门户中被重置。如果不是您本人操作，请立即联系您的管理员。`,
    helpRequestSubject: ({ userId }) => `有人请求 ${userId} 的密码帮助`,
    helpRequest: ({ organization, userId }) => `有人在 ${organization} 密码门户中重置“${userId}”的密码时，请求管理员提供帮助。`,
    adminResetSubject: ({ userPrincipalName }) => `已重置 ${userPrincipalName} 的密码`,
    adminReset: ({ organization, admin, person }) => `${admin} 重置了 ${person} 的 ${organization} 密码。`,
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

import { z } from 'zod/mini';
import { violationSchema } from '../problem';

/** What the client shows as the live checklist (GET /password-rules). */
export const passwordRulesSchema = z.object({
  minLength: z.number().check(z.int()),
  maxLength: z.number().check(z.int()),
  minClasses: z.number().check(z.int()),
  /** The symbols allowed besides ASCII letters, digits and space. */
  allowedSymbols: z.string(),
  bannedCheck: z.object({ requiredScore: z.number().check(z.int()) }),
  /** On-premises accounts may not reuse this many recent passwords (changes only). */
  historyCount: z.number().check(z.int()),
});
export type PasswordRules = z.infer<typeof passwordRulesSchema>;

export const passwordCheckRequestSchema = z.strictObject({
  password: z.string().check(z.maxLength(4096)),
  flowId: z.optional(z.string().check(z.maxLength(200))),
});
export type PasswordCheckRequest = z.infer<typeof passwordCheckRequestSchema>;

export const passwordCheckResultSchema = z.object({
  ok: z.boolean(),
  violations: z.array(violationSchema),
  score: z.number().check(z.int()),
});
export type PasswordCheckResult = z.infer<typeof passwordCheckResultSchema>;

const questionText = z.optional(z.string());

export const captchaSchema = z.discriminatedUnion('enabled', [
  z.object({
    enabled: z.literal(true),
    challengeId: z.string(),
    /** A data URL of the distorted characters. */
    image: z.string(),
    /**
     * The accessible alternative: a plain-language question whose answer is accepted for the
     * same challenge (screen-reader and low-vision users). English and Dutch always; the other
     * portal languages when the server words them (the client falls back to English).
     */
    alternativeQuestion: z.object({
      en: z.string(),
      nl: z.string(),
      de: questionText,
      fr: questionText,
      es: questionText,
      it: questionText,
      'pt-BR': questionText,
      pl: questionText,
      sv: questionText,
      ja: questionText,
      'zh-Hans': questionText,
      ar: questionText,
    }),
  }),
  z.object({ enabled: z.literal(false) }),
]);
export type Captcha = z.infer<typeof captchaSchema>;

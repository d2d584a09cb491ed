import type { Violation } from '@/api';

/** Answers are 3–40 characters (PRODUCT.md, registration). */
export const answerLimits = { min: 3, max: 40 } as const;

/**
 * The predefined security questions. Ids are stable (answers are stored against them and the
 * client translates by id); the English text is the fallback.
 */
export const predefinedQuestions: readonly { questionId: string; text: string }[] = [
  { questionId: 'q-birth-city', text: 'In what city were you born?' },
  { questionId: 'q-first-pet', text: 'What was the name of your first pet?' },
  { questionId: 'q-favourite-colour', text: 'What is your favourite colour?' },
  { questionId: 'q-first-school', text: 'What was the name of your first school?' },
  { questionId: 'q-childhood-friend', text: 'What was the first name of your best friend as a child?' },
  { questionId: 'q-first-car', text: 'What was the make and model of your first car?' },
  { questionId: 'q-parents-meet-city', text: 'In what city did your parents meet?' },
  { questionId: 'q-first-job-city', text: 'In what city was your first job?' },
  { questionId: 'q-childhood-street', text: 'What was the name of the street you grew up on?' },
  { questionId: 'q-first-concert', text: 'What was the first concert you went to?' },
  { questionId: 'q-favourite-teacher', text: 'What was the surname of your favourite teacher?' },
  { questionId: 'q-childhood-nickname', text: 'What was your childhood nickname?' },
  { questionId: 'q-grandmother-first-name', text: "What is your oldest grandmother's first name?" },
  { questionId: 'q-first-boss', text: 'What was the surname of your first boss?' },
  { questionId: 'q-favourite-book', text: 'What was your favourite book as a child?' },
  { questionId: 'q-dream-job', text: 'What did you want to be when you grew up?' },
  { questionId: 'q-first-holiday', text: 'Where did you go on your first holiday?' },
  { questionId: 'q-childhood-hero', text: 'Who was your childhood hero?' },
  { questionId: 'q-favourite-food', text: 'What was your favourite food as a child?' },
  { questionId: 'q-wedding-city', text: 'In what city or town did you get married?' },
  { questionId: 'q-first-phone-model', text: 'What was the model of your first mobile phone?' },
  { questionId: 'q-favourite-sports-team', text: 'What was your favourite sports team as a child?' },
  { questionId: 'q-oldest-sibling-middle-name', text: "What is your oldest sibling's middle name?" },
  { questionId: 'q-first-stuffed-animal', text: 'What was the name of your first stuffed animal?' },
];

/** How an answer is compared: trimmed, whitespace folded, case-insensitive (PRODUCT.md). */
export function normalizeAnswer(answer: string): string {
  return answer.trim().replace(/\s+/gu, ' ').toLowerCase();
}

/**
 * The id of an admin's custom question, from its text (FNV-1a of the folded text), so the id
 * survives reordering the list and answers to an edited question no longer count.
 */
export function customQuestionId(text: string): string {
  let hash = 0x811c9dc5;
  for (const char of normalizeAnswer(text)) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `custom-${hash.toString(16).padStart(8, '0')}`;
}

/** The custom questions of a policy with their ids. */
export function customQuestions(texts: readonly string[]): { questionId: string; text: string }[] {
  return texts.map((text) => ({ questionId: customQuestionId(text), text: text.trim() }));
}

/**
 * The rules of registering questions: exactly `registerCount` answers, to known and distinct
 * questions, with distinct answers of 3–40 characters (after folding whitespace).
 */
export function validateQuestionAnswers(
  answers: readonly { questionId: string; answer: string }[],
  registerCount: number,
  availableQuestionIds: ReadonlySet<string>,
): Violation[] {
  const violations: Violation[] = [];
  if (answers.length !== registerCount) {
    violations.push({ code: 'wrong_count', field: 'answers', params: { required: registerCount, actual: answers.length } });
  }
  const seenQuestions = new Set<string>();
  const seenAnswers = new Set<string>();
  answers.forEach(({ questionId, answer }, i) => {
    if (!availableQuestionIds.has(questionId)) {
      violations.push({ code: 'unknown_question', field: `answers.${i}.questionId`, params: { questionId } });
    } else if (seenQuestions.has(questionId)) {
      violations.push({ code: 'duplicate_question', field: `answers.${i}.questionId`, params: { questionId } });
    }
    seenQuestions.add(questionId);
    const normalized = normalizeAnswer(answer);
    const length = [...normalized].length;
    if (length < answerLimits.min) {
      violations.push({ code: 'answer_too_short', field: `answers.${i}.answer`, params: { min: answerLimits.min, actual: length } });
    } else if (length > answerLimits.max) {
      violations.push({ code: 'answer_too_long', field: `answers.${i}.answer`, params: { max: answerLimits.max, actual: length } });
    } else if (seenAnswers.has(normalized)) {
      violations.push({ code: 'duplicate_answer', field: `answers.${i}.answer` });
    }
    seenAnswers.add(normalized);
  });
  return violations;
}

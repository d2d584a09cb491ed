import type { TFunction } from 'i18next';

/** A predefined question in the person's language; an admin's custom question as written. */
export function describeQuestion(t: TFunction, question: { questionId: string; text: string }): string {
  return t(`questions.${question.questionId}`, { defaultValue: question.text });
}

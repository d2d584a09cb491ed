import type { Policy } from '@/api';
import { customQuestions, predefinedQuestions } from '../../rules/questions';

/** The text of a question id: a predefined one (the client translates it by id) or the admin's custom one. */
export function questionTextFor(policy: Policy): (questionId: string) => string {
  const texts = new Map<string, string>();
  for (const question of [...predefinedQuestions, ...customQuestions(policy.questions.custom)]) texts.set(question.questionId, question.text);
  return (questionId) => texts.get(questionId) ?? questionId;
}

/** What a decoy may ask: any question a real person could have registered, the admin's custom ones included. */
export function decoyQuestionPool(policy: Policy): string[] {
  return [...predefinedQuestions, ...customQuestions(policy.questions.custom)].map((question) => question.questionId);
}

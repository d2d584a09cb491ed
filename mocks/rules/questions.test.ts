import { customQuestionId, customQuestions, normalizeAnswer, predefinedQuestions, validateQuestionAnswers } from './questions';

const ids = new Set(['q-first-pet', 'q-birth-city', 'q-favourite-colour', customQuestionId('What was your first robot called?')]);
const answers = (...pairs: [string, string][]) => pairs.map(([questionId, answer]) => ({ questionId, answer }));

describe('security questions', () => {
  it('Custom questions: beside the predefined list (ship 20+), with stable ids and English texts', () => {
    expect(predefinedQuestions.length).toBeGreaterThanOrEqual(20);
    expect(new Set(predefinedQuestions.map((q) => q.questionId)).size).toBe(predefinedQuestions.length);
    expect(new Set(predefinedQuestions.map((q) => q.text)).size).toBe(predefinedQuestions.length);
    for (const question of predefinedQuestions) {
      expect(question.questionId).toMatch(/^q-[a-z-]+$/);
      expect(question.text).toMatch(/^[A-Z].*\?$/);
    }
    expect(predefinedQuestions.map((q) => q.questionId)).toContain('q-first-pet');
  });

  it('Custom questions: the id follows the text, so reordering keeps it and editing changes it', () => {
    const id = customQuestionId('What was your first robot called?');
    expect(id).toMatch(/^custom-[0-9a-f]{8}$/);
    expect(customQuestionId('  what was your FIRST robot   called? ')).toBe(id);
    expect(customQuestionId('What was your second robot called?')).not.toBe(id);
    expect(customQuestions([' Where is home? '])).toEqual([{ questionId: customQuestionId('Where is home?'), text: 'Where is home?' }]);
  });

  it('Questions: answers match trimmed, whitespace folded, case-insensitive', () => {
    expect(normalizeAnswer('  New   York\tCity ')).toBe('new york city');
    expect(normalizeAnswer('ROVER')).toBe(normalizeAnswer('rover'));
  });

  it('Registration: questions need registerCount distinct questions with distinct answers of 3–40 characters', () => {
    expect(validateQuestionAnswers(answers(['q-first-pet', 'Rover'], ['q-birth-city', 'Seattle'], ['q-favourite-colour', 'Blue']), 3, ids)).toEqual([]);

    expect(validateQuestionAnswers(answers(['q-first-pet', 'Rover'], ['q-birth-city', 'Seattle']), 3, ids)).toEqual([
      { code: 'wrong_count', field: 'answers', params: { required: 3, actual: 2 } },
    ]);

    expect(
      validateQuestionAnswers(answers(['q-first-pet', 'Rover'], ['q-first-pet', 'Seattle'], ['q-made-up', 'Blue']), 3, ids),
    ).toEqual([
      { code: 'duplicate_question', field: 'answers.1.questionId', params: { questionId: 'q-first-pet' } },
      { code: 'unknown_question', field: 'answers.2.questionId', params: { questionId: 'q-made-up' } },
    ]);

    // "  a  b " folds to "a b": 3 characters, long enough.
    expect(
      validateQuestionAnswers(answers(['q-first-pet', ' Rover '], ['q-birth-city', 'rover'], ['q-favourite-colour', '  a  b ']), 3, ids),
    ).toEqual([{ code: 'duplicate_answer', field: 'answers.1.answer' }]);
  });

  it('Registration: an answer of fewer than 3 or more than 40 characters is refused', () => {
    expect(validateQuestionAnswers(answers(['q-first-pet', ' ab '], ['q-birth-city', 'x'.repeat(41)], ['q-favourite-colour', 'x'.repeat(40)]), 3, ids)).toEqual([
      { code: 'answer_too_short', field: 'answers.0.answer', params: { min: 3, actual: 2 } },
      { code: 'answer_too_long', field: 'answers.1.answer', params: { max: 40, actual: 41 } },
    ]);
  });
});

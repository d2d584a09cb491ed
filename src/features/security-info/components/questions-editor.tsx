import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useForm, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod/mini';
import { isApiError, type SecurityInfo } from '@/api';
import { formResolver, FormActions, SelectField, TextField, useServerViolations, violationMessage } from '@/components/form';
import { PageHeading, useFormStyles } from '@/components/layout';
import { describeQuestion, describeViolation } from '@/i18n';
import { useRegisterQuestions } from '../api/register-questions';

const useStyles = makeStyles({
  pair: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalM,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

/** Different questions, each answered with 3–40 characters, no answer twice. */
const questionsFormSchema = z
  .object({ answers: z.array(z.object({ questionId: z.string(), answer: z.string() })) })
  .check(
    z.superRefine(({ answers }, context) => {
      const issue = (index: number, field: 'questionId' | 'answer', message: string) =>
        context.addIssue({ code: 'custom', message, input: answers[index]?.[field], path: ['answers', index, field] });
      answers.forEach((pair, index) => {
        if (!pair.questionId) issue(index, 'questionId', violationMessage('required'));
        else if (answers.findIndex((other) => other.questionId === pair.questionId) !== index) issue(index, 'questionId', violationMessage('duplicate_question'));
        const answer = pair.answer.trim();
        if (!answer) issue(index, 'answer', violationMessage('required'));
        else if (answer.length < 3) issue(index, 'answer', violationMessage('answer_too_short', { min: 3, actual: answer.length }));
        else if (answer.length > 40) issue(index, 'answer', violationMessage('answer_too_long', { max: 40, actual: answer.length }));
        else if (answers.findIndex((other) => other.answer.trim().toLowerCase() === answer.toLowerCase()) !== index) {
          issue(index, 'answer', violationMessage('duplicate_answer'));
        }
      });
    }),
  );
type QuestionsForm = z.infer<typeof questionsFormSchema>;

export interface QuestionsEditorProps {
  title: string;
  info: SecurityInfo;
  onSaved(info: SecurityInfo): void;
  onCancel(): void;
}

/** Pick registerCount different questions (predefined or the organisation's own) and answer each. */
export function QuestionsEditor({ title, info, onSaved, onCancel }: QuestionsEditorProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const formStyles = useFormStyles();
  const register = useRegisterQuestions();
  const count = info.questions.registerCount;
  const form = useForm<QuestionsForm>({
    resolver: formResolver(questionsFormSchema),
    defaultValues: { answers: Array.from({ length: count }, (_, index) => ({ questionId: info.questions.registeredQuestionIds[index] ?? '', answer: '' })) },
  });
  const fields = Array.from({ length: count }, (_, index) => [`answers.${index}.questionId`, `answers.${index}.answer`] as const).flat() as Path<QuestionsForm>[];
  const violations = useServerViolations(form, { fields, describe: (violation) => describeViolation(t, violation) });
  const all = [...info.questions.predefined, ...info.questions.custom];

  const onSubmit = form.handleSubmit(({ answers }) => {
    register.mutate(
      answers.map((pair) => ({ questionId: pair.questionId, answer: pair.answer.trim() })),
      { onSuccess: onSaved, onError: (error) => violations.apply(error) },
    );
  });
  const general = form.formState.errors.root?.server?.message;

  return (
    <form
      className={formStyles}
      noValidate
      onSubmit={(event) => void onSubmit(event)}
    >
      <PageHeading level={2}>{title}</PageHeading>
      <Text as="p">{t('securityInfo.questionsIntro', { count })}</Text>
      {Array.from({ length: count }, (_, index) => (
        <div key={index} className={styles.pair}>
          <SelectField
            control={form.control}
            name={`answers.${index}.questionId`}
            label={t('securityInfo.questionLabel', { number: index + 1 })}
            required
            placeholder={t('securityInfo.choose')}
            emptyAs=""
            options={info.questions.predefined.map((question) => ({ value: question.questionId, label: describeQuestion(t, question) }))}
          >
            {info.questions.custom.length > 0 && (
              <optgroup label={t('securityInfo.customGroup')}>
                {info.questions.custom.map((question) => (
                  <option key={question.questionId} value={question.questionId}>
                    {question.text}
                  </option>
                ))}
              </optgroup>
            )}
          </SelectField>
          <TextField
            control={form.control}
            name={`answers.${index}.answer`}
            label={t('securityInfo.answerLabel', { number: index + 1 })}
            required
            autoComplete="off"
            maxLength={40}
          />
        </div>
      ))}
      {all.length === 0 && <Text>{t('securityInfo.empty')}</Text>}
      <FormActions
        message={general}
        error={register.isError && !(isApiError(register.error) && register.error.code === 'validation_failed') ? register.error : undefined}
        submit={t('common.save')}
        pending={register.isPending}
        others={[{ label: t('common.cancel'), onClick: onCancel, appearance: 'subtle' }]}
      />
    </form>
  );
}

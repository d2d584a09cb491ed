import { Button, Field, Input, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { isApiError, type SecurityInfo } from '@/api';
import { FormError, NativeSelect } from '@/components/form';
import { Actions, PageHeading, useFormStyles } from '@/components/layout';
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
  select: { maxWidth: '100%', minWidth: 0 },
});

interface Pair {
  questionId: string;
  answer: string;
}

type PairErrors = { question?: string; answer?: string };

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
  const [pairs, setPairs] = useState<Pair[]>(() =>
    Array.from({ length: count }, (_, index) => ({ questionId: info.questions.registeredQuestionIds[index] ?? '', answer: '' })),
  );
  const [errors, setErrors] = useState<PairErrors[]>([]);
  const formRef = useRef<HTMLFormElement>(null);
  /** Shows the errors, and focus goes to the first field with one. */
  const showErrors = (next: PairErrors[]) => {
    flushSync(() => setErrors(next));
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  };
  const all = [...info.questions.predefined, ...info.questions.custom];

  const update = (index: number, change: Partial<Pair>) =>
    setPairs((current) => current.map((pair, i) => (i === index ? { ...pair, ...change } : pair)));

  const validate = (): PairErrors[] =>
    pairs.map((pair, index) => {
      const found: PairErrors = {};
      if (!pair.questionId) found.question = describeViolation(t, { code: 'required' });
      else if (pairs.findIndex((other) => other.questionId === pair.questionId) !== index) found.question = describeViolation(t, { code: 'duplicate_question' });
      const answer = pair.answer.trim();
      if (!answer) found.answer = describeViolation(t, { code: 'required' });
      else if (answer.length < 3) found.answer = describeViolation(t, { code: 'answer_too_short', params: { min: 3, actual: answer.length } });
      else if (answer.length > 40) found.answer = describeViolation(t, { code: 'answer_too_long', params: { max: 40, actual: answer.length } });
      else if (pairs.findIndex((other) => other.answer.trim().toLowerCase() === answer.toLowerCase()) !== index) {
        found.answer = describeViolation(t, { code: 'duplicate_answer' });
      }
      return found;
    });

  const onSubmit = () => {
    const found = validate();
    showErrors(found);
    if (found.some((error) => error.question ?? error.answer)) return;
    register.mutate(
      pairs.map((pair) => ({ questionId: pair.questionId, answer: pair.answer.trim() })),
      {
        onSuccess: onSaved,
        onError: (error) => {
          if (!isApiError(error) || error.code !== 'validation_failed') return;
          const next: PairErrors[] = pairs.map(() => ({}));
          for (const violation of error.violations) {
            const match = /^answers\.(\d+)\.(questionId|answer)$/.exec(violation.field ?? '');
            const index = match ? Number(match[1]) : -1;
            const target = next[index];
            if (!target) continue;
            if (match?.[2] === 'questionId') target.question = describeViolation(t, violation);
            else target.answer = describeViolation(t, violation);
          }
          showErrors(next);
        },
      },
    );
  };

  const generalViolations = isApiError(register.error)
    ? register.error.violations.filter((violation) => !/^answers\.\d+\./.test(violation.field ?? ''))
    : [];

  return (
    <form
      ref={formRef}
      className={formStyles}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <PageHeading level={2}>{title}</PageHeading>
      <Text as="p">{t('securityInfo.questionsIntro', { count })}</Text>
      {pairs.map((pair, index) => (
        <div key={index} className={styles.pair}>
          <Field
            label={t('securityInfo.questionLabel', { number: index + 1 })}
            required
            validationState={errors[index]?.question ? 'error' : 'none'}
            validationMessage={errors[index]?.question}
          >
            <NativeSelect className={styles.select} value={pair.questionId} onChange={(event) => update(index, { questionId: event.target.value })}>
              <option value="">{t('securityInfo.choose')}</option>
              {info.questions.predefined.map((question) => (
                <option key={question.questionId} value={question.questionId}>
                  {describeQuestion(t, question)}
                </option>
              ))}
              {info.questions.custom.length > 0 && (
                <optgroup label={t('securityInfo.customGroup')}>
                  {info.questions.custom.map((question) => (
                    <option key={question.questionId} value={question.questionId}>
                      {question.text}
                    </option>
                  ))}
                </optgroup>
              )}
            </NativeSelect>
          </Field>
          <Field
            label={t('securityInfo.answerLabel', { number: index + 1 })}
            required
            validationState={errors[index]?.answer ? 'error' : 'none'}
            validationMessage={errors[index]?.answer}
          >
            <Input value={pair.answer} autoComplete="off" maxLength={40} onChange={(_, data) => update(index, { answer: data.value })} />
          </Field>
        </div>
      ))}
      {all.length === 0 && <Text>{t('securityInfo.empty')}</Text>}
      <FormError
        message={generalViolations.length > 0 ? generalViolations.map((violation) => describeViolation(t, violation)).join(' ') : undefined}
        error={register.isError && !(isApiError(register.error) && register.error.code === 'validation_failed') ? register.error : undefined}
      />
      <Actions>
        <Button type="submit" appearance="primary" disabled={register.isPending}>
          {t('common.save')}
        </Button>
        <Button type="button" appearance="subtle" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </Actions>
    </form>
  );
}

import { Field, Input, Text } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError, type Challenge } from '@/api';
import { FormActions, FormError } from '@/components/form';
import { Panel, useFormStyles } from '@/components/layout';
import { describeProblem, describeQuestion, describeViolation } from '@/i18n';
import { createChallenge } from '../api/create-challenge';
import { useVerifyChallenge } from '../api/verify-challenge';
import { flowEndFrom, stepProblem } from '../flow-end';
import type { ChallengeStepProps } from './challenge-step-props';
import { StepHeading } from './step-heading';

export interface QuestionsChallengeProps extends ChallengeStepProps {
  /** A miss voids the challenge: the fresh pick of questions. */
  onRefreshed(challenge: Challenge): void;
}

/** The person's security questions; after a miss a new challenge brings a fresh pick. */
export function QuestionsChallenge({ flow, challenge, onVerified, onRefreshed, onChooseOther, onEnded }: QuestionsChallengeProps) {
  const { t } = useTranslation();
  const formStyles = useFormStyles();
  const verify = useVerifyChallenge();
  const questions = challenge.questions ?? [];
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [missing, setMissing] = useState<string[]>([]);
  const [wrong, setWrong] = useState<string | null>(null);

  const onSubmit = () => {
    const empty = questions.filter((question) => !(answers[question.questionId] ?? '').trim()).map((question) => question.questionId);
    setMissing(empty);
    if (empty.length > 0) return;
    verify.mutate(
      {
        flowId: flow.flowId,
        challengeId: challenge.challengeId,
        body: { answers: questions.map((question) => ({ questionId: question.questionId, answer: answers[question.questionId] ?? '' })) },
      },
      {
        onSuccess: onVerified,
        onError: async (error) => {
          const end = flowEndFrom(error, flow.flowId);
          if (end) {
            onEnded(end);
            return;
          }
          if (isApiError(error) && error.code === 'wrong_answers') {
            setWrong(describeProblem(t, error));
            setAnswers({});
            try {
              // A miss voids the challenge: ask for a fresh pick of questions.
              onRefreshed(await createChallenge({ flowId: flow.flowId, methodId: challenge.methodId }));
            } catch (refreshError) {
              const refreshEnd = flowEndFrom(refreshError, flow.flowId);
              if (refreshEnd) onEnded(refreshEnd);
            }
          }
        },
      },
    );
  };

  const otherError = stepProblem(verify.error, flow.flowId, ['wrong_answers']);

  return (
    <Panel>
      <StepHeading flow={flow} />
      <Text as="p">{t('reset.questionsIntro')}</Text>
      <FormError message={wrong ?? undefined} />
      <form
        className={formStyles}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit();
        }}
      >
        {questions.map((question) => {
          const isMissing = missing.includes(question.questionId);
          return (
            <Field
              key={question.questionId}
              label={describeQuestion(t, question)}
              required
              validationState={isMissing ? 'error' : 'none'}
              validationMessage={isMissing ? describeViolation(t, { code: 'required' }) : undefined}
            >
              <Input
                value={answers[question.questionId] ?? ''}
                autoComplete="off"
                onChange={(_, data) => setAnswers((current) => ({ ...current, [question.questionId]: data.value }))}
              />
            </Field>
          );
        })}
        <FormActions error={otherError} submit={t('reset.verify')} pending={verify.isPending} others={[{ label: t('reset.chooseOther'), onClick: onChooseOther }]} />
      </form>
    </Panel>
  );
}

import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import type { TFunction } from 'i18next';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod/mini';
import type { Challenge, ResetFlowMethod } from '@/api';
import { formResolver, CodeField, FormActions, codeProblems, requiredText, useCodeProblems } from '@/components/form';
import { ContactHelp } from '@/components/feedback';
import { Panel, useFormStyles } from '@/components/layout';
import { dateTimeFormat, ltrInText } from '@/i18n';
import { useCreateChallenge } from '../api/create-challenge';
import { useVerifyChallenge } from '../api/verify-challenge';
import { flowEndFrom, stepProblem } from '../flow-end';
import type { ChallengeStepProps } from './challenge-step-props';
import { StepHeading } from './step-heading';

const codeSchema = z.object({ code: z.pipe(requiredText(), z.string().check(z.maxLength(20))) });
type CodeValues = z.input<typeof codeSchema>;

function sentMessage(t: TFunction, challenge: Challenge, method: ResetFlowMethod | undefined): string {
  const masked = ltrInText(t, method?.masked ?? '');
  switch (challenge.kind) {
    case 'email':
      return t('reset.codeSentEmail', { masked });
    case 'mobileText':
      return t('reset.codeSentText', { masked });
    case 'mobileCall':
    case 'officeCall':
      return t('reset.codeSentCall', { masked });
    default:
      return t('reset.codeApp');
  }
}

const useStyles = makeStyles({
  noCode: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, alignItems: 'flex-start' },
  causes: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
});

/**
 * The way out when no code comes, the same for a real flow and a decoy (enumeration protection):
 * why that happens, the likely causes, and the contact-admin step in one click.
 */
function NoCodeHelp({ flowId }: { flowId: string }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const causes = ['userId', 'notRegistered', 'notEnabled', 'slow'] as const;
  const id = useId();
  return (
    <section className={styles.noCode} aria-labelledby={`${id}-heading`}>
      <Text as="h2" id={`${id}-heading`} weight="semibold" size={400}>
        {t('reset.noCodeHeading')}
      </Text>
      <Text as="p">{t('reset.noCodeBody')}</Text>
      <Text as="p" id={`${id}-causes`}>
        {t('reset.noCodeCausesLabel')}:
      </Text>
      <ul className={styles.causes} aria-labelledby={`${id}-causes`}>
        {causes.map((cause) => (
          <li key={cause}>
            <Text>{t(`reset.noCodeCauses.${cause}`)}</Text>
          </li>
        ))}
      </ul>
      <ContactHelp flowId={flowId} />
    </section>
  );
}

export interface CodeChallengeProps extends ChallengeStepProps {
  phoneNumber: string | undefined;
  onResent(challenge: Challenge): void;
}

/** A code by e-mail, text, call or from the app. */
export function CodeChallenge({ flow, challenge, phoneNumber, onVerified, onResent, onChooseOther, onEnded }: CodeChallengeProps) {
  const { t } = useTranslation();
  const formStyles = useFormStyles();
  const verify = useVerifyChallenge();
  const resend = useCreateChallenge();
  const [missed, setMissed] = useState(false);
  const form = useForm<CodeValues>({ resolver: formResolver(codeSchema), defaultValues: { code: '' } });
  const codeProblem = useCodeProblems(form, 'code');
  const method = flow.methods.find((candidate) => candidate.methodId === challenge.methodId);

  const onSubmit = form.handleSubmit(({ code }) => {
    verify.mutate(
      { flowId: flow.flowId, challengeId: challenge.challengeId, body: { code: code.replace(/\s+/g, '') } },
      {
        onSuccess: onVerified,
        onError: (error) => {
          const end = flowEndFrom(error, flow.flowId);
          if (end) {
            onEnded(end);
            return;
          }
          // not_found, the third code problem, has ended the flow above.
          if (codeProblem.apply(error)) setMissed(true);
        },
      },
    );
  });

  const onResend = () => {
    resend.mutate(
      { flowId: flow.flowId, methodId: challenge.methodId, ...(phoneNumber ? { phoneNumber } : {}) },
      {
        onSuccess: (next) => {
          form.reset({ code: '' });
          onResent(next);
        },
        onError: (error) => {
          const end = flowEndFrom(error, flow.flowId);
          if (end) onEnded(end);
        },
      },
    );
  };

  const expiresAt = new Date(challenge.expiresAt);
  const canResend = challenge.kind !== 'appCode';

  return (
    <Panel>
      <StepHeading flow={flow} />
      <Text as="p">{sentMessage(t, challenge, method)}</Text>
      <form className={formStyles} onSubmit={(event) => void onSubmit(event)} noValidate>
        <CodeField control={form.control} name="code" label={t('reset.codeLabel')} codeLength={challenge.codeLength} required />
        {canResend && (
          <Text size={200}>{t('reset.codeExpiresAt', { time: expiresAt, formatParams: { time: dateTimeFormat(expiresAt) } })}</Text>
        )}
        <FormActions
          error={stepProblem(verify.error, flow.flowId, codeProblems) ?? stepProblem(resend.error, flow.flowId)}
          submit={t('reset.verify')}
          pending={verify.isPending}
          others={[
            canResend && { label: t('reset.resend'), onClick: onResend, disabled: resend.isPending },
            { label: t('reset.chooseOther'), onClick: onChooseOther },
          ]}
        />
      </form>
      {canResend ? <NoCodeHelp flowId={flow.flowId} /> : missed && <ContactHelp flowId={flow.flowId} />}
    </Panel>
  );
}

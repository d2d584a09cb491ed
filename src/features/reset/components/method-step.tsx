import { Field, Radio, RadioGroup } from '@fluentui/react-components';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod/mini';
import { isApiError, type Challenge, type ResetFlow } from '@/api';
import { formResolver, FormActions, TextField, violationMessage } from '@/components/form';
import { Panel, useFormStyles } from '@/components/layout';
import { describeProblem, ltrInText } from '@/i18n';
import { useCreateChallenge } from '../api/create-challenge';
import { flowEndFrom, stepProblem, type FlowEnd } from '../flow-end';
import { methodLabel, sendLabel } from './method-label';
import { StepHeading } from './step-heading';

const phoneSchema = z.object({ phoneNumber: z.string().check(z.trim(), z.maxLength(64)) });
type PhoneValues = z.input<typeof phoneSchema>;

export interface MethodStepProps {
  flow: ResetFlow;
  onChallenge(challenge: Challenge, phoneNumber: string | undefined): void;
  onEnded(end: FlowEnd): void;
}

/** Choose how to prove it's you; the method already used in this flow is not offered again. */
export function MethodStep({ flow, onChallenge, onEnded }: MethodStepProps) {
  const { t } = useTranslation();
  const formStyles = useFormStyles();
  const available = flow.methods.filter((method) => !method.used);
  const [methodId, setMethodId] = useState(available[0]?.methodId ?? '');
  const method = available.find((candidate) => candidate.methodId === methodId);
  const createChallenge = useCreateChallenge();
  const form = useForm<PhoneValues>({ resolver: formResolver(phoneSchema), defaultValues: { phoneNumber: '' } });

  const onSubmit = form.handleSubmit(({ phoneNumber }) => {
    if (!method) return;
    const typed = phoneNumber.trim();
    if (method.needsFullPhone && !typed) {
      form.setError('phoneNumber', { message: violationMessage('required') }, { shouldFocus: true });
      return;
    }
    const sentPhone = method.needsFullPhone ? typed : undefined;
    createChallenge.mutate(
      { flowId: flow.flowId, methodId: method.methodId, ...(sentPhone ? { phoneNumber: sentPhone } : {}) },
      {
        onSuccess: (challenge) => onChallenge(challenge, sentPhone),
        onError: (error) => {
          const end = flowEndFrom(error, flow.flowId);
          if (end) {
            onEnded(end);
            return;
          }
          if (isApiError(error) && error.code === 'phone_mismatch') {
            form.setError('phoneNumber', { message: describeProblem(t, error) }, { shouldFocus: true });
          }
        },
      },
    );
  });

  const formError = stepProblem(createChallenge.error, flow.flowId, ['phone_mismatch']);

  return (
    <Panel>
      <StepHeading flow={flow} />
      <form className={formStyles} onSubmit={(event) => void onSubmit(event)} noValidate>
        <Field label={t('reset.chooseMethod')}>
          <RadioGroup value={methodId} onChange={(_, data) => setMethodId(data.value)}>
            {available.map((candidate) => (
              <Radio key={candidate.methodId} value={candidate.methodId} label={methodLabel(t, candidate)} />
            ))}
          </RadioGroup>
        </Field>
        {method?.needsFullPhone && (
          <TextField
            control={form.control}
            name="phoneNumber"
            label={t('reset.phoneLabel')}
            hint={`${t('reset.phoneEntry', { masked: ltrInText(t, method.masked) })} ${t('reset.phoneHint')}`}
            type="tel"
            autoComplete="tel"
            inputMode="tel"
            required
          />
        )}
        <FormActions error={formError} submit={method ? sendLabel(t, method) : t('common.next')} pending={!method || createChallenge.isPending} />
      </form>
    </Panel>
  );
}

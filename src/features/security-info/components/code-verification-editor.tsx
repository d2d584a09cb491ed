import { Field, Radio, RadioGroup, Text } from '@fluentui/react-components';
import { useState } from 'react';
import { flushSync } from 'react-dom';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod/mini';
import { isApiError, type SecurityInfo, type VerificationStarted } from '@/api';
import { formResolver, CodeField, FormActions, isCodeProblem, requiredText, TextField, useCodeProblems, useServerViolations } from '@/components/form';
import { PageHeading, useFormStyles } from '@/components/layout';
import { describeViolation } from '@/i18n';
import { useCompleteEmail } from '../api/complete-email';
import { useCompleteMobilePhone } from '../api/complete-mobile-phone';
import { useStartEmailVerification } from '../api/start-email-verification';
import { useStartPhoneVerification } from '../api/start-phone-verification';

const valueSchema = z.object({ value: z.pipe(requiredText(), z.string().check(z.maxLength(320))) });
const codeSchema = z.object({ code: z.pipe(requiredText(), z.string().check(z.maxLength(20))) });
type ValueForm = z.input<typeof valueSchema>;
type CodeForm = z.input<typeof codeSchema>;

export interface CodeVerificationEditorProps {
  kind: 'email' | 'mobilePhone';
  title: string;
  /** The person's pre-populated value (admin or CSV), shown pre-filled. */
  prefill: string | null;
  onSaved(info: SecurityInfo): void;
  onCancel(): void;
}

/** E-mail or phone: type the address, get a code there, enter it. */
export function CodeVerificationEditor({ kind, title, prefill, onSaved, onCancel }: CodeVerificationEditorProps) {
  const { t } = useTranslation();
  const formStyles = useFormStyles();
  const [channel, setChannel] = useState<'sms' | 'voice'>('sms');
  const [started, setStarted] = useState<{ verification: VerificationStarted; value: string } | null>(null);
  const startEmail = useStartEmailVerification();
  const startPhone = useStartPhoneVerification();
  const completeEmail = useCompleteEmail();
  const completePhone = useCompleteMobilePhone();
  const start = kind === 'email' ? startEmail : startPhone;
  const complete = kind === 'email' ? completeEmail : completePhone;
  const valueForm = useForm<ValueForm>({ resolver: formResolver(valueSchema), defaultValues: { value: prefill ?? '' } });
  const codeForm = useForm<CodeForm>({ resolver: formResolver(codeSchema), defaultValues: { code: '' } });
  const valueViolations = useServerViolations(valueForm, { fields: ['value'], fieldOf: () => 'value', describe: (violation) => describeViolation(t, violation) });
  const codeProblem = useCodeProblems(codeForm, 'code');

  const onStart = valueForm.handleSubmit(({ value }) => {
    // Focus moves on to the next field: the code.
    const onSuccess = (verification: VerificationStarted) => {
      flushSync(() => setStarted({ verification, value }));
      codeForm.setFocus('code');
    };
    const onError = (error: Error) => valueViolations.apply(error);
    if (kind === 'email') startEmail.mutate(value, { onSuccess, onError });
    else startPhone.mutate({ value, channel }, { onSuccess, onError });
  });

  const onComplete = codeForm.handleSubmit(({ code }) => {
    if (!started) return;
    complete.mutate(
      { verificationId: started.verification.verificationId, code: code.replace(/\s+/g, '') },
      { onSuccess: onSaved, onError: (error) => codeProblem.apply(error) },
    );
  });

  const startError = start.isError && !(isApiError(start.error) && start.error.code === 'validation_failed') ? start.error : undefined;
  const completeError = complete.isError && !isCodeProblem(complete.error) ? complete.error : undefined;
  const cancel = { label: t('common.cancel'), onClick: onCancel, appearance: 'subtle' } as const;

  if (!started) {
    return (
      <form className={formStyles} onSubmit={(event) => void onStart(event)} noValidate>
        <PageHeading level={2}>{title}</PageHeading>
        <TextField
          control={valueForm.control}
          name="value"
          label={kind === 'email' ? t('securityInfo.emailLabel') : t('securityInfo.phoneLabel')}
          hint={kind === 'email' ? t('securityInfo.emailHint') : t('securityInfo.phoneHint')}
          type={kind === 'email' ? 'email' : 'tel'}
          autoComplete={kind === 'email' ? 'email' : 'tel'}
          inputMode={kind === 'email' ? 'email' : 'tel'}
          required
        />
        {kind === 'mobilePhone' && (
          <Field label={t('securityInfo.channel')}>
            <RadioGroup value={channel} onChange={(_, data) => setChannel(data.value === 'voice' ? 'voice' : 'sms')}>
              <Radio value="sms" label={t('securityInfo.channelSms')} />
              <Radio value="voice" label={t('securityInfo.channelVoice')} />
            </RadioGroup>
          </Field>
        )}
        <FormActions error={startError} submit={t('securityInfo.sendCode')} pending={start.isPending} others={[cancel]} />
      </form>
    );
  }
  return (
    <form className={formStyles} onSubmit={(event) => void onComplete(event)} noValidate>
      <PageHeading level={2}>{title}</PageHeading>
      <Text as="p">{t('securityInfo.codeSentTo', { value: started.value })}</Text>
      <CodeField control={codeForm.control} name="code" label={t('securityInfo.codeLabel')} codeLength={started.verification.codeLength} required />
      <FormActions
        error={completeError}
        submit={t('reset.verify')}
        pending={complete.isPending}
        others={[
          {
            label: t('common.back'),
            onClick: () => {
              flushSync(() => setStarted(null));
              valueForm.setFocus('value');
            },
          },
          cancel,
        ]}
      />
    </form>
  );
}

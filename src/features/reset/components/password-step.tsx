import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod/mini';
import { isApiError, type ResetFlow } from '@/api';
import { formResolver, FormActions, PasswordChecklist, PasswordField, requiredText, violationMessage } from '@/components/form';
import { PageHeading, Panel, useFormStyles } from '@/components/layout';
import { describeProblem } from '@/i18n';
import { useResetPassword } from '../api/reset-password';
import { flowEndFrom, stepProblem, type FlowEnd } from '../flow-end';

const newPasswordSchema = z
  .object({ newPassword: z.string().check(z.minLength(1, violationMessage('required'))), confirmPassword: requiredText() })
  .check(z.refine((values) => values.newPassword === values.confirmPassword, { path: ['confirmPassword'], message: violationMessage('mismatch') }));
type NewPasswordValues = z.input<typeof newPasswordSchema>;

export interface PasswordStepProps {
  flow: ResetFlow;
  onDone(flow: ResetFlow): void;
  onEnded(end: FlowEnd): void;
}

/** The new password, with the live checklist; rule failures come back as violations on the field. */
export function PasswordStep({ flow, onDone, onEnded }: PasswordStepProps) {
  const { t } = useTranslation();
  const formStyles = useFormStyles();
  const resetPassword = useResetPassword();
  const form = useForm<NewPasswordValues>({
    resolver: formResolver(newPasswordSchema),
    defaultValues: { newPassword: '', confirmPassword: '' },
  });
  const newPassword = useWatch({ control: form.control, name: 'newPassword' });

  const onSubmit = form.handleSubmit((values) => {
    resetPassword.mutate(
      { flowId: flow.flowId, newPassword: values.newPassword },
      {
        onSuccess: onDone,
        onError: (error) => {
          if (isApiError(error) && error.code === 'password_policy') {
            form.setError('newPassword', { message: describeProblem(t, error) }, { shouldFocus: true });
            return;
          }
          const end = flowEndFrom(error, flow.flowId);
          if (end) onEnded(end);
        },
      },
    );
  });

  const otherError = stepProblem(resetPassword.error, flow.flowId, ['password_policy']);

  return (
    <Panel>
      <PageHeading>{t('reset.passwordHeading')}</PageHeading>
      <form className={formStyles} onSubmit={(event) => void onSubmit(event)} noValidate>
        <PasswordField control={form.control} name="newPassword" label={t('reset.newPassword')} autoComplete="new-password" required />
        <PasswordChecklist password={newPassword} flowId={flow.flowId} />
        <PasswordField control={form.control} name="confirmPassword" label={t('reset.confirmPassword')} autoComplete="new-password" required />
        <FormActions error={otherError} submit={t('reset.setPassword')} pending={resetPassword.isPending} />
      </form>
    </Panel>
  );
}

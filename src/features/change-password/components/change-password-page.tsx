import { Text } from '@fluentui/react-components';
import { usePrefetchQuery } from '@tanstack/react-query';
import { Suspense, useEffect } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod/mini';
import { isApiError } from '@/api';
import { DeadEnd, PartErrorBoundary } from '@/components/feedback';
import { formResolver, FormActions, passwordRulesQuery, PasswordField, requiredText, useServerViolations, violationMessage } from '@/components/form';
import { lazyExport, moduleLoader, PageHeading, Panel, PortalLink, useFormStyles } from '@/components/layout';
import { SignedInPage } from '@/components/session';
import { describeViolation } from '@/i18n';
import { useChangePassword } from '../api/change-password';

const changePasswordFormSchema = z
  .object({
    currentPassword: z.string().check(z.minLength(1, violationMessage('required')), z.maxLength(4096)),
    newPassword: z.string().check(z.minLength(1, violationMessage('required')), z.maxLength(4096)),
    confirmPassword: requiredText(),
  })
  .check(z.refine((values) => values.newPassword === values.confirmPassword, { path: ['confirmPassword'], message: violationMessage('mismatch') }));
type ChangePasswordValues = z.input<typeof changePasswordFormSchema>;

// The strength checker (the live rules and the meter) loads after the form, which works without
// it: it shows once the password rules have come, as before, and the rules load at once.
const checklist = moduleLoader(() => import('./password-checklist-part'));
const PasswordChecklist = lazyExport(checklist, 'PasswordChecklist');

function ChangePasswordForm() {
  const { t } = useTranslation();
  const formStyles = useFormStyles();
  const changePassword = useChangePassword();
  const form = useForm<ChangePasswordValues>({
    resolver: formResolver(changePasswordFormSchema),
    defaultValues: { currentPassword: '', newPassword: '', confirmPassword: '' },
  });
  const newPassword = useWatch({ control: form.control, name: 'newPassword' });
  usePrefetchQuery(passwordRulesQuery());
  useEffect(() => {
    // Should it fail, the checklist's place says so, with "Try again".
    checklist.load().catch(() => undefined);
  }, []);
  // A wrong current password goes to its field; every rule the new one breaks goes to the new one.
  const violations = useServerViolations(form, {
    fields: ['currentPassword', 'newPassword'],
    problems: ['password_policy'],
    fieldOf: (violation) => (violation.code === 'wrong_current_password' ? 'currentPassword' : 'newPassword'),
    describe: (violation) => (violation.code === 'wrong_current_password' ? violationMessage(violation.code) : describeViolation(t, violation)),
  });

  const onSubmit = form.handleSubmit(({ currentPassword, newPassword: chosen }) => {
    changePassword.mutate(
      { currentPassword, newPassword: chosen },
      {
        onError: (error) => {
          if (isApiError(error) && error.violations.some((violation) => violation.code === 'wrong_current_password')) form.setValue('currentPassword', '');
          violations.apply(error);
        },
      },
    );
  });

  if (changePassword.isSuccess) {
    return (
      <Panel key="done">
        <PageHeading>{t('changePassword.doneHeading')}</PageHeading>
        <Text as="p">{t('changePassword.doneBody')}</Text>
        <PortalLink to="/">{t('common.home')}</PortalLink>
      </Panel>
    );
  }
  const error = changePassword.error;
  if (isApiError(error) && error.code === 'writeback_disabled') {
    return <DeadEnd title={t('reasons.writeback_disabled.title')} body={t('reasons.writeback_disabled.body')} />;
  }

  return (
    <Panel>
      <PageHeading>{t('changePassword.heading')}</PageHeading>
      <Text as="p">{t('changePassword.intro')}</Text>
      <form className={formStyles} onSubmit={(event) => void onSubmit(event)} noValidate>
        <PasswordField control={form.control} name="currentPassword" label={t('changePassword.current')} autoComplete="current-password" required />
        <PasswordField control={form.control} name="newPassword" label={t('changePassword.new')} autoComplete="new-password" required />
        <PartErrorBoundary>
          <Suspense fallback={null}>
            <PasswordChecklist password={newPassword} />
          </Suspense>
        </PartErrorBoundary>
        <PasswordField control={form.control} name="confirmPassword" label={t('changePassword.confirm')} autoComplete="new-password" required />
        {/* Throttled (with until when) and anything else that is not about one field. */}
        <FormActions
          error={error && !(isApiError(error) && error.code === 'password_policy') ? error : undefined}
          submit={t('changePassword.submit')}
          pending={changePassword.isPending}
        />
      </form>
    </Panel>
  );
}

/** Change a known password (signed in). */
export function ChangePasswordPage() {
  return (
    <SignedInPage title="changePassword">
      <ChangePasswordForm />
    </SignedInPage>
  );
}

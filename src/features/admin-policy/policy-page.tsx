import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useForm, type Path } from 'react-hook-form';
import { isApiError } from '@/api/problem';
import { policySchema, type Policy } from '@/api/schemas/policy';
import { ErrorState, LoadingState } from '@/components/feedback';
import { formResolver, cleanLines, FormError, FormStatus, useServerViolations } from '@/components/form';
import { usePolicy } from '@/admin/api/get-policy';
import { useAdminMay } from '@/admin/components/admin-may';
import { AdminPage } from '@/admin/components/admin-page';
import { useAdminViolationWords } from '@/admin/components/violations';
import { useAdminTranslation } from '@/admin/i18n/register';
import { usePutPolicy } from './api/put-policy';
import { MethodsSection, QuestionsSection, ScopeSection } from './who-and-how-sections';
import { NotificationsSection, OnPremisesSection, PasswordsSection, ProtectionSection, RegistrationSection } from './other-sections';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '880px' },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
    alignItems: 'center',
    position: 'sticky',
    bottom: 0,
    padding: `${tokens.spacingVerticalM} 0`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
});

/** The fields the server may name in a violation, in the order they appear. */
const policyFields: readonly Path<Policy>[] = [
  'enablement',
  'groupId',
  'methodsRequired',
  'methodsAllowed',
  'questions.registerCount',
  'questions.resetCount',
  'questions.custom',
  'reconfirmDays',
  'helpdesk.contact',
  'bannedPasswords.custom',
];

export function PolicyPage() {
  const { t } = useAdminTranslation();
  const policy = usePolicy();
  return (
    <AdminPage title={t('policy.heading')} intro={t('policy.intro')}>
      {policy.isPending ? (
        <LoadingState />
      ) : policy.isError ? (
        <ErrorState error={policy.error} onRetry={() => void policy.refetch()} />
      ) : (
        <PolicyForm policy={policy.data} />
      )}
    </AdminPage>
  );
}

function cleaned(values: Policy): Policy {
  return {
    ...values,
    groupId: values.enablement === 'selected' ? values.groupId : values.groupId || null,
    questions: { ...values.questions, custom: cleanLines(values.questions.custom) },
    helpdesk: { mode: values.helpdesk.mode, contact: values.helpdesk.contact?.trim() ? values.helpdesk.contact.trim() : null },
    bannedPasswords: { ...values.bannedPasswords, custom: cleanLines(values.bannedPasswords.custom) },
  };
}

function PolicyForm({ policy }: { policy: Policy }) {
  const { t } = useAdminTranslation();
  const styles = useStyles();
  const save = usePutPolicy();
  const may = useAdminMay();
  const form = useForm<Policy>({ defaultValues: policy, resolver: formResolver(policySchema) });
  const { control, formState } = form;
  const violations = useServerViolations(form, { fields: policyFields, describe: useAdminViolationWords() });

  const onSubmit = form.handleSubmit(async (values) => {
    const policyToSave = cleaned(values);
    violations.clear();
    try {
      form.reset(await save.mutateAsync(policyToSave));
    } catch (error) {
      // The lists as they were sent, so a violation about item 3 can quote it.
      violations.apply(error, policyToSave);
    }
  });

  return (
    <form className={styles.form} onSubmit={(event) => void onSubmit(event)} noValidate>
      <ScopeSection control={control} />
      <MethodsSection control={control} />
      <QuestionsSection control={control} />
      <RegistrationSection control={control} />
      <NotificationsSection control={control} />
      <OnPremisesSection control={control} />
      <PasswordsSection control={control} />
      <ProtectionSection control={control} />

      {violations.count > 0 && <FormStatus intent="error" focus={false}>{t('common.errorsOnForm', { count: violations.count })}</FormStatus>}
      {save.isError && !(isApiError(save.error) && save.error.code === 'validation_failed') && <FormError error={save.error} />}
      {save.isSuccess && !formState.isDirty && <FormStatus intent="success">{t('policy.saved')}</FormStatus>}
      <div className={styles.actions}>
        {may('changePolicy') && (
          <Button type="submit" appearance="primary" disabled={save.isPending}>
            {save.isPending ? t('common.saving') : t('common.save')}
          </Button>
        )}
        <Button
          type="button"
          onClick={() => {
            form.reset(policy);
            violations.clear();
            save.reset();
          }}
          disabled={save.isPending}
        >
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}

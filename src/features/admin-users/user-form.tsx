import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useForm } from 'react-hook-form';
import { z } from 'zod/mini';
import { preferredLanguages } from '@/api/schemas/common';
import { licenses, patchUserRequestSchema, userSources, type Contact, type User } from '@/api/schemas/directory';
import { nativeLanguageName } from '@/i18n';
import { LoadingState } from '@/components/feedback';
import { formResolver, CheckboxGroupField, FieldGroup, FormError, FormStatus, SelectField, TextField } from '@/components/form';
import { useGroups } from '@/admin/api/list-groups';
import { useAdminMay } from '@/admin/components/admin-may';
import { useAdminTranslation } from '@/admin/i18n/register';
import { usePatchUser } from './api/patch-user';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  hint: { color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
});

const contactFields = ['authenticationEmail', 'alternateEmail', 'authenticationPhone', 'mobilePhone', 'officePhone'] as const satisfies readonly (keyof Contact)[];

/** What the panel edits: the contract's PATCH body, every part present. */
const userFormSchema = z.required(z.pick(patchUserRequestSchema, { source: true, licenses: true, groupIds: true, contact: true, preferredLanguage: true }), {
  source: true,
  licenses: true,
  groupIds: true,
  contact: true,
  preferredLanguage: true,
});
type UserForm = z.infer<typeof userFormSchema>;

function formValues(user: User): UserForm {
  return { source: user.source, licenses: user.licenses, groupIds: user.groupIds, contact: { ...user.contact }, preferredLanguage: user.preferredLanguage ?? null };
}

const languageOptions = preferredLanguages.map((tag) => ({ value: tag, label: nativeLanguageName(tag), lang: tag }));

/** Source, licences, groups, contact data and preferred language of one user; empty contact fields are cleared. */
export function UserEditForm({ user }: { user: User }) {
  const may = useAdminMay();
  const patch = usePatchUser();
  const groups = useGroups();
  const { t } = useAdminTranslation();
  const styles = useStyles();
  const form = useForm<UserForm>({ defaultValues: formValues(user), resolver: formResolver(userFormSchema) });
  const { control } = form;

  const onSubmit = form.handleSubmit(async (values) => {
    const contact: Partial<Record<keyof Contact, string | null>> = {};
    for (const field of contactFields) {
      const value = values.contact[field]?.trim() ?? '';
      contact[field] = value === '' ? null : value;
    }
    const saved = await patch.mutateAsync({ id: user.id, changes: { ...values, contact } }).catch(() => null);
    if (saved) form.reset(formValues(saved));
  });

  return (
    <form className={styles.form} onSubmit={(event) => void onSubmit(event)} noValidate>
      <SelectField control={control} name="source" label={t('users.source')} options={userSources.map((source) => ({ value: source, label: t(`users.sources.${source}`) }))} />
      <CheckboxGroupField control={control} name="licenses" label={t('users.licenses')} options={licenses.map((license) => ({ value: license, label: t(`users.licenseNames.${license}`) }))} />
      <CheckboxGroupField
        control={control}
        name="groupIds"
        label={t('users.groups')}
        pending={groups.isPending && <LoadingState />}
        options={(groups.data ?? []).map((group) => ({ value: group.id, label: group.name }))}
      />
      <FieldGroup label={t('users.contact')}>
        <Text size={200} className={styles.hint}>
          {t('users.contactHint')}
        </Text>
        {contactFields.map((name) => (
          <TextField key={name} control={control} name={`contact.${name}`} label={t(`users.contactFields.${name}`)} type={name.endsWith('Email') ? 'email' : 'tel'} />
        ))}
      </FieldGroup>
      <SelectField
        control={control}
        name="preferredLanguage"
        label={t('users.preferredLanguage')}
        hint={t('users.preferredLanguageHint')}
        placeholder={t('users.preferredLanguageUnset')}
        options={languageOptions}
      />
      {patch.isError && <FormError error={patch.error} />}
      {patch.isSuccess && !form.formState.isDirty && <FormStatus intent="success">{t('users.saved')}</FormStatus>}
      <div className={styles.actions}>
        {may('manageUsers', user) && (
          <Button type="submit" appearance="primary" disabled={patch.isPending}>
            {patch.isPending ? t('common.saving') : t('common.save')}
          </Button>
        )}
      </div>
    </form>
  );
}

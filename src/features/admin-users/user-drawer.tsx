import {
  Button,
  Checkbox,
  DrawerBody,
  DrawerHeader,
  DrawerHeaderTitle,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  OverlayDrawer,
  Select,
  Text,
  tokens,
} from '@fluentui/react-components';
import { Dismiss24Regular } from '@fluentui/react-icons';
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod/mini';
import { licenses, patchUserRequestSchema, userSources, type Contact, type User } from '@/api/schemas/directory';
import { ErrorState, LoadingState } from '@/components/feedback';
import { FormError, formErrorMap, wordFieldError } from '@/components/form';
import { useAdminResetPassword } from './api/admin-reset-password';
import { useUser } from './api/get-user';
import { useGroups } from '@/admin/api/list-groups';
import { usePatchUser } from './api/patch-user';
import { useUnlockUser } from './api/unlock-user';
import { useAdminMay } from '@/admin/components/admin-may';
import { copyToClipboard } from '@/admin/components/download';
import { useAdminTranslation } from '@/admin/i18n/register';

const useStyles = makeStyles({
  drawer: { width: '480px', maxWidth: '100vw' },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, paddingBottom: tokens.spacingVerticalXXL },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  fieldset: { border: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0, marginBottom: tokens.spacingVerticalXS },
  hint: { color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  password: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase400, userSelect: 'all', overflowWrap: 'anywhere' },
});

const contactFields = ['authenticationEmail', 'alternateEmail', 'authenticationPhone', 'mobilePhone', 'officePhone'] as const satisfies readonly (keyof Contact)[];

/** What the panel edits: the contract's PATCH body, every part present. */
const userFormSchema = z.required(z.pick(patchUserRequestSchema, { source: true, licenses: true, groupIds: true, contact: true }), {
  source: true,
  licenses: true,
  groupIds: true,
  contact: true,
});
type UserForm = z.infer<typeof userFormSchema>;

function formValues(user: User): UserForm {
  return { source: user.source, licenses: user.licenses, groupIds: user.groupIds, contact: { ...user.contact } };
}

/**
 * Non-modal: the list stays usable beside it (and readable by screen readers); focus moves into
 * the panel when it opens and back to the row when it closes.
 */
export function UserDrawer({ userId, onClose }: { userId: string | null; onClose: () => void }) {
  const { t } = useAdminTranslation();
  const styles = useStyles();
  const user = useUser(userId);
  const closeButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (userId === null) return;
    // The panel mounts in a portal after this render.
    const timer = setTimeout(() => closeButton.current?.focus(), 0);
    return () => clearTimeout(timer);
  }, [userId]);
  const title = user.data ? t('users.panelLabel', { name: user.data.displayName }) : t('users.edit');
  return (
    <OverlayDrawer
      position="end"
      modalType="non-modal"
      open={userId !== null}
      onOpenChange={(_, data) => !data.open && onClose()}
      onKeyDown={(event) => event.key === 'Escape' && onClose()}
      className={styles.drawer}
    >
      <DrawerHeader>
        <DrawerHeaderTitle
          action={<Button ref={closeButton} appearance="subtle" aria-label={t('common.close')} icon={<Dismiss24Regular />} onClick={onClose} />}
        >
          {title}
        </DrawerHeaderTitle>
      </DrawerHeader>
      <DrawerBody className={styles.body}>
        {user.isPending ? (
          <LoadingState />
        ) : user.isError ? (
          <ErrorState error={user.error} onRetry={() => void user.refetch()} />
        ) : (
          <UserPanel key={user.data.id} user={user.data} />
        )}
      </DrawerBody>
    </OverlayDrawer>
  );
}

function UserPanel({ user }: { user: User }) {
  const { t, tApp, i18n } = useAdminTranslation();
  const styles = useStyles();
  const groups = useGroups();
  const patch = usePatchUser();
  const may = useAdminMay();
  const form = useForm<UserForm>({ defaultValues: formValues(user), resolver: zodResolver(userFormSchema, { error: formErrorMap }) });

  const onSubmit = form.handleSubmit(async (values) => {
    const contact: Partial<Record<keyof Contact, string | null>> = {};
    for (const field of contactFields) {
      const value = values.contact[field]?.trim() ?? '';
      contact[field] = value === '' ? null : value;
    }
    const saved = await patch.mutateAsync({ id: user.id, changes: { ...values, contact } }).catch(() => null);
    if (saved) form.reset(formValues(saved));
  });

  const lastConfirmed = user.lastConfirmedAt
    ? new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' }).format(new Date(user.lastConfirmedAt))
    : t('users.never');

  return (
    <>
      <div>
        <Text as="p" block>{user.userPrincipalName}</Text>
        <Text as="p" block className={styles.hint}>
          {t('users.registeredMethods', {
            methods: user.registeredMethods.length > 0 ? user.registeredMethods.map((method) => t(`users.methodNames.${method}`)).join(', ') : t('users.none'),
          })}
        </Text>
        <Text as="p" block className={styles.hint}>
          {t('users.lastConfirmed', { date: lastConfirmed })}
        </Text>
      </div>
      <AccountActions user={user} />
      <form className={styles.form} onSubmit={(event) => void onSubmit(event)} noValidate>
        <Controller
          control={form.control}
          name="source"
          render={({ field }) => (
            <Field label={t('users.source')}>
              <Select value={field.value} onChange={(_, data) => field.onChange(data.value)} ref={field.ref}>
                {userSources.map((source) => (
                  <option key={source} value={source}>
                    {t(`users.sources.${source}`)}
                  </option>
                ))}
              </Select>
            </Field>
          )}
        />
        <Controller
          control={form.control}
          name="licenses"
          render={({ field }) => (
            <fieldset className={styles.fieldset}>
              <legend className={styles.legend}>{t('users.licenses')}</legend>
              {licenses.map((license) => (
                <Checkbox
                  key={license}
                  label={t(`users.licenseNames.${license}`)}
                  checked={field.value.includes(license)}
                  onChange={(_, data) => field.onChange(data.checked ? licenses.filter((l) => l === license || field.value.includes(l)) : field.value.filter((l) => l !== license))}
                />
              ))}
            </fieldset>
          )}
        />
        <Controller
          control={form.control}
          name="groupIds"
          render={({ field }) => (
            <fieldset className={styles.fieldset}>
              <legend className={styles.legend}>{t('users.groups')}</legend>
              {groups.isPending && <LoadingState />}
              {(groups.data ?? []).map((group) => (
                <Checkbox
                  key={group.id}
                  label={group.name}
                  checked={field.value.includes(group.id)}
                  onChange={(_, data) => field.onChange(data.checked ? [...field.value, group.id] : field.value.filter((id) => id !== group.id))}
                />
              ))}
            </fieldset>
          )}
        />
        <fieldset className={styles.fieldset}>
          <legend className={styles.legend}>{t('users.contact')}</legend>
          <Text size={200} className={styles.hint}>
            {t('users.contactHint')}
          </Text>
          {contactFields.map((name) => (
            <Controller
              key={name}
              control={form.control}
              name={`contact.${name}`}
              render={({ field, fieldState }) => {
                const message = wordFieldError(tApp, fieldState.error?.message);
                return (
                  <Field label={t(`users.contactFields.${name}`)} validationMessage={message} validationState={message ? 'error' : 'none'}>
                    <Input
                      type={name.endsWith('Email') ? 'email' : 'tel'}
                      value={field.value ?? ''}
                      onChange={(_, data) => field.onChange(data.value)}
                      onBlur={field.onBlur}
                      ref={field.ref}
                    />
                  </Field>
                );
              }}
            />
          ))}
        </fieldset>
        {patch.isError && <FormError error={patch.error} />}
        {patch.isSuccess && !form.formState.isDirty && (
          <MessageBar intent="success" role="status">
            <MessageBarBody>{t('users.saved')}</MessageBarBody>
          </MessageBar>
        )}
        <div className={styles.actions}>
          {may('manageUsers', user) && (
            <Button type="submit" appearance="primary" disabled={patch.isPending}>
              {patch.isPending ? t('common.saving') : t('common.save')}
            </Button>
          )}
        </div>
      </form>
    </>
  );
}

function AccountActions({ user }: { user: User }) {
  const { t } = useAdminTranslation();
  const styles = useStyles();
  const unlock = useUnlockUser();
  const reset = useAdminResetPassword();
  const may = useAdminMay();
  const [confirming, setConfirming] = useState(false);
  const [copied, setCopied] = useState(false);
  const temporaryPassword = reset.data?.temporaryPassword;
  const passwordMessage = useRef<HTMLDivElement>(null);
  // The confirm button is gone once the password is there: focus goes to the password, not the page.
  useEffect(() => {
    if (temporaryPassword) passwordMessage.current?.focus();
  }, [temporaryPassword]);

  return (
    <div className={styles.form}>
      <div className={styles.actions}>
        {user.lockedOut && may('unlock', user) && (
          <Button onClick={() => unlock.mutate(user.id)} disabled={unlock.isPending}>
            {t('users.unlock')}
          </Button>
        )}
        {!temporaryPassword && may('resetPassword', user) && (
          <Button onClick={() => setConfirming(true)} disabled={confirming || reset.isPending}>
            {t('users.resetPassword')}
          </Button>
        )}
      </div>
      {unlock.isSuccess && !user.lockedOut && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{t('users.unlocked')}</MessageBarBody>
        </MessageBar>
      )}
      {unlock.isError && <FormError error={unlock.error} />}
      {confirming && !temporaryPassword && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <Text as="p" block>{t('users.resetConfirm', { name: user.displayName })}</Text>
            <div className={styles.actions}>
              <Button appearance="primary" onClick={() => reset.mutate(user.id, { onSettled: () => setConfirming(false) })} disabled={reset.isPending}>
                {t('users.resetConfirmButton')}
              </Button>
              <Button onClick={() => setConfirming(false)}>{t('common.cancel')}</Button>
            </div>
          </MessageBarBody>
        </MessageBar>
      )}
      {reset.isError && <FormError error={reset.error} />}
      {temporaryPassword && (
        <MessageBar intent="success" layout="multiline" role="status" ref={passwordMessage} tabIndex={-1}>
          <MessageBarBody>
            <Text as="p" block weight="semibold">
              {t('users.temporaryPassword')}
            </Text>
            <Text as="p" block className={styles.password} data-testid="temporary-password">
              {temporaryPassword}
            </Text>
            <Text as="p" block>{t('users.temporaryPasswordHint', { name: user.displayName })}</Text>
            <Button size="small" onClick={() => void copyToClipboard(temporaryPassword).then(setCopied)}>
              {copied ? t('common.copied') : t('common.copy')}
            </Button>
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}

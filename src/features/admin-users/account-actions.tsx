import { Button, makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { User } from '@/api/schemas/directory';
import { FormError, FormStatus } from '@/components/form';
import { useAdminMay } from '@/admin/components/admin-may';
import { copyToClipboard } from '@/admin/components/download';
import { useAdminTranslation } from '@/admin/i18n/register';
import { useAdminResetPassword } from './api/admin-reset-password';
import { useUnlockUser } from './api/unlock-user';

const useStyles = makeStyles({
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  password: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase400, userSelect: 'all', overflowWrap: 'anywhere' },
});

/** Unlock and reset the password, each confirmed; the temporary password is shown once. */
export function AccountActions({ user }: { user: User }) {
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
    <div className={styles.column}>
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
      {unlock.isSuccess && !user.lockedOut && <FormStatus intent="success">{t('users.unlocked')}</FormStatus>}
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

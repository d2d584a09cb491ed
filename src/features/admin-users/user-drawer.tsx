import { Button, DrawerBody, DrawerHeader, DrawerHeaderTitle, makeStyles, OverlayDrawer, Text, tokens } from '@fluentui/react-components';
import { Dismiss24Regular } from '@fluentui/react-icons';
import { useEffect, useRef } from 'react';
import type { User } from '@/api/schemas/directory';
import { ErrorState, LoadingState } from '@/components/feedback';
import { useAdminTranslation } from '@/admin/i18n/register';
import { AccountActions } from './account-actions';
import { useUser } from './api/get-user';
import { UserEditForm } from './user-form';

const useStyles = makeStyles({
  drawer: { width: '480px', maxWidth: '100vw' },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, paddingBottom: tokens.spacingVerticalXXL },
  hint: { color: tokens.colorNeutralForeground2 },
});

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
  const { t, i18n } = useAdminTranslation();
  const styles = useStyles();
  const lastConfirmed = user.lastConfirmedAt
    ? new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' }).format(new Date(user.lastConfirmedAt))
    : t('users.never');
  const methods = user.registeredMethods.length > 0 ? user.registeredMethods.map((method) => t(`users.methodNames.${method}`)).join(', ') : t('users.none');
  return (
    <>
      <div>
        <Text as="p" block>{user.userPrincipalName}</Text>
        <Text as="p" block className={styles.hint}>
          {t('users.registeredMethods', { methods })}
        </Text>
        <Text as="p" block className={styles.hint}>
          {t('users.lastConfirmed', { date: lastConfirmed })}
        </Text>
      </div>
      <AccountActions user={user} />
      <UserEditForm user={user} />
    </>
  );
}

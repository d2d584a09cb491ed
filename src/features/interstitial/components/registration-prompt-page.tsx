import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { ShieldKeyholeRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { FormActions } from '@/components/form';
import { Page, PageHeading, Panel, useDocumentTitle } from '@/components/layout';
import { RequireSession, safeReturnTo, useSession } from '@/components/session';
import { useDismissRegistrationPrompt } from '../api/dismiss-registration-prompt';

const useStyles = makeStyles({
  icon: { fontSize: '48px', color: tokens.colorBrandForeground1 },
});

/** "Don't lose access to your account": verify now, or cancel and go on (asked again next sign-in). */
function RegistrationPrompt() {
  const { t } = useTranslation();
  const styles = useStyles();
  useDocumentTitle(t('titles.interstitial'));
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const { registrationPrompt: currentPrompt, clearRegistrationPrompt } = useSession();
  // The prompt as it was on arrival: answering it clears it, and that must not redirect here.
  const [registrationPrompt] = useState(currentPrompt);
  const dismiss = useDismissRegistrationPrompt();
  const returnTo = safeReturnTo(search.get('returnTo'));

  if (!registrationPrompt) return <Navigate to={returnTo} replace />;

  return (
    <Page>
      <Panel>
        <ShieldKeyholeRegular aria-hidden className={styles.icon} />
        <PageHeading>{t('interstitial.heading')}</PageHeading>
        <Text as="p">{registrationPrompt.reason === 'reconfirm' ? t('interstitial.reconfirm') : t('interstitial.notRegistered')}</Text>
        <Text as="p" size={200}>
          {t('interstitial.remindLater')}
        </Text>
        <FormActions
          error={dismiss.error ?? undefined}
          submit={t('interstitial.verifyNow')}
          pending={false}
          onSubmit={() => {
            clearRegistrationPrompt();
            // Security info sends the person on to where they were going once they are done.
            void navigate(`/security-info?returnTo=${encodeURIComponent(returnTo)}`, { replace: true });
          }}
          others={[
            {
              label: t('common.cancel'),
              disabled: dismiss.isPending,
              onClick: () =>
                dismiss.mutate(undefined, {
                  onSuccess: () => {
                    clearRegistrationPrompt();
                    void navigate(returnTo, { replace: true });
                  },
                }),
            },
          ]}
        />
      </Panel>
    </Page>
  );
}

export function RegistrationPromptPage() {
  return (
    <RequireSession>
      <RegistrationPrompt />
    </RequireSession>
  );
}

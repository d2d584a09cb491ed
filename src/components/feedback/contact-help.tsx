import { Button, Link, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '@/api/api-client';
import { helpdeskHref, useBranding } from '@/branding';
import { describeProblem } from '@/i18n';

/**
 * "Contact your administrator": the organisation's custom help desk when it has one; else,
 * inside a reset flow, a button that tells the admins; else the plain advice.
 */
export function ContactHelp({ flowId }: { flowId?: string }) {
  const { t } = useTranslation();
  const { helpdesk } = useBranding();
  const contactAdmin = useMutation({
    mutationFn: (id: string) => api.call('contactAdmin', { params: { flowId: id } }),
  });
  const href = helpdeskHref(helpdesk);
  if (href) {
    return (
      <Link href={href} target={href.startsWith('http') ? '_blank' : undefined} rel="noreferrer">
        {t('common.contactHelpdesk')}
      </Link>
    );
  }
  if (!flowId) return <Text>{t('common.contactAdmin')}.</Text>;
  if (contactAdmin.isSuccess) {
    return (
      <MessageBar intent="success" role="status">
        <MessageBarBody>{t('common.contactAdminSent')}</MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <>
      <Button appearance="secondary" onClick={() => contactAdmin.mutate(flowId)} disabled={contactAdmin.isPending}>
        {t('common.contactAdmin')}
      </Button>
      {contactAdmin.isError && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{describeProblem(t, contactAdmin.error)}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}

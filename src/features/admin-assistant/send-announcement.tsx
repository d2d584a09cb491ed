import { Button, Field, ProgressBar, Text } from '@fluentui/react-components';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { MessageLanguage } from '@/api/schemas/common';
import type { RolloutStatus } from '@/api/schemas/rollout';
import { useBranding } from '@/branding';
import { FormError, FormStatus, SelectField } from '@/components/form';
import { announcementLanguageOptions, defaultAnnouncementLanguage } from '@/admin/announcement-texts';
import { useAdminTranslation } from '@/admin/i18n/register';
import { useAnnouncementMessage } from './announcement-message';
import { useSendAnnouncement, type SendProgress } from './rollout-api';
import { Tool, useToolStyles } from './tool';

/** Step 4's tool: the kit's e-mail to everyone in scope not registered, in batches with progress. */
export function SendAnnouncement({ status }: { status: RolloutStatus }) {
  const { t } = useAdminTranslation();
  const styles = useToolStyles();
  const message = useAnnouncementMessage();
  const { branding } = useBranding();
  const form = useForm<{ language: MessageLanguage }>({ defaultValues: { language: defaultAnnouncementLanguage(branding.defaultLanguage) } });
  const [progress, setProgress] = useState<SendProgress | null>(null);
  const send = useSendAnnouncement(setProgress);

  const onSend = () => {
    setProgress({ sent: 0, total: status.pendingRecipients });
    send.mutate(message(14, form.getValues('language')));
  };

  return (
    <Tool title={t('assistant.send.title')}>
      <Text as="p" block>
        {t('assistant.send.intro', { count: status.pendingRecipients })}
      </Text>
      <div className={styles.row}>
        <SelectField
          control={form.control}
          name="language"
          label={t('assistant.send.language')}
          hint={t('assistant.send.languageHint')}
          className={styles.select}
          options={announcementLanguageOptions}
        />
        {/* Focusable while it works, so keyboard focus stays put until it moves to the result. */}
        <Button appearance="primary" onClick={onSend} disabledFocusable={send.isPending}>
          {t('assistant.send.button')}
        </Button>
      </div>
      {send.isPending && progress && (
        <Field label={t('assistant.send.progressLabel')} hint={t('assistant.send.progress', { sent: progress.sent, count: progress.total })}>
          <ProgressBar value={progress.total === 0 ? 1 : progress.sent / progress.total} thickness="large" />
        </Field>
      )}
      {send.isSuccess && (
        <FormStatus intent="success" result={send.data}>
          {t('assistant.send.sent', { count: send.data.sent })}
          {(send.data.skipped ?? 0) > 0 && <> {t('assistant.send.skipped', { count: send.data.skipped ?? 0 })}</>}
        </FormStatus>
      )}
      {send.isError && <FormError error={send.error} focus />}
    </Tool>
  );
}

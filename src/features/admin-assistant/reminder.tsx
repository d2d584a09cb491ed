import { Button } from '@fluentui/react-components';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { MessageLanguage } from '@/api/schemas/common';
import type { RolloutStatus } from '@/api/schemas/rollout';
import { useBranding } from '@/branding';
import { FormError, SelectField } from '@/components/form';
import { useFocusOnAppear } from '@/components/layout';
import { announcementLanguageOptions, defaultAnnouncementLanguage } from '@/admin/announcement-texts';
import { useDateFormat } from '@/admin/components/date-format';
import { useAdminTranslation } from '@/admin/i18n/register';
import { useAnnouncementMessage } from './announcement-message';
import { useCancelReminder, useScheduleReminder } from './rollout-api';
import { Tool, useToolStyles } from './tool';

const reminderDays = [1, 2, 3, 5, 7, 14, 30] as const;

/** Step 4's other tool: remind those still not registered after N days (the dev clock sends it). */
export function Reminder({ status }: { status: RolloutStatus }) {
  const { t } = useAdminTranslation();
  const styles = useToolStyles();
  const { dateTime } = useDateFormat();
  const message = useAnnouncementMessage();
  const schedule = useScheduleReminder();
  const cancel = useCancelReminder();
  const { branding } = useBranding();
  const form = useForm<{ afterDays: string; language: MessageLanguage }>({
    defaultValues: { afterDays: '3', language: defaultAnnouncementLanguage(branding.defaultLanguage) },
  });
  // Each settled action moves focus to the status line, which says what is scheduled now.
  const [settled, setSettled] = useState(0);
  const statusRef = useFocusOnAppear<HTMLParagraphElement>(settled);
  const onSettled = () => setSettled((count) => count + 1);
  const { reminder, remindedAt } = status.steps.announce;

  const onSchedule = form.handleSubmit(({ afterDays, language }) => {
    const days = Number(afterDays);
    schedule.mutate({ ...message(days + 7, language), afterDays: days }, { onSettled });
  });

  return (
    <Tool title={t('assistant.reminder.title')}>
      <p ref={statusRef} tabIndex={-1} className={styles.focusable} role="status">
        {reminder ? t('assistant.reminder.scheduled', { date: dateTime(reminder.dueAt) }) : t('assistant.reminder.none')}
        {remindedAt && <> {t('assistant.reminder.lastSent', { date: dateTime(remindedAt) })}</>}
      </p>
      <form className={styles.row} onSubmit={(event) => void onSchedule(event)} noValidate>
        <SelectField
          control={form.control}
          name="afterDays"
          label={t('assistant.reminder.afterDays')}
          className={styles.select}
          options={reminderDays.map((days) => ({ value: String(days), label: t('assistant.reminder.days', { count: days }) }))}
        />
        <SelectField
          control={form.control}
          name="language"
          label={t('assistant.reminder.language')}
          hint={t('assistant.send.languageHint')}
          className={styles.select}
          options={announcementLanguageOptions}
        />
        <Button type="submit" disabledFocusable={schedule.isPending}>
          {t('assistant.reminder.schedule')}
        </Button>
        {reminder && (
          <Button type="button" disabledFocusable={cancel.isPending} onClick={() => cancel.mutate(undefined, { onSettled })}>
            {t('assistant.reminder.cancel')}
          </Button>
        )}
      </form>
      <FormError error={schedule.error ?? cancel.error ?? undefined} />
    </Tool>
  );
}

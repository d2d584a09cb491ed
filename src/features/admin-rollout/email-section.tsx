import { Button, Field, Input, makeStyles, MessageBar, MessageBarBody, Textarea, tokens } from '@fluentui/react-components';
import { useState, type ReactNode } from 'react';
import { Section } from '@/admin/components/admin-page';
import { copyToClipboard, downloadText } from '@/admin/components/download';
import { useAdminTranslation } from '@/admin/i18n/register';
import { buildEml, type Announcement } from './announcement';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL, alignItems: 'flex-end' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  iframe: {
    width: '100%',
    height: '640px',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  text: { fontFamily: tokens.fontFamilyMonospace },
});

export interface EmailSectionProps {
  announcement: Announcement;
  /** The organisation's name as a file name. */
  slug: string;
  deadline: string;
  onDeadline: (deadline: string) => void;
  /** The kit's language choice (a form-kit field of the page). */
  languageField: ReactNode;
}

/** The announcement e-mail: its deadline and language, a preview, and ways to take it along. */
export function EmailSection({ announcement, slug, deadline, onDeadline: setDeadline, languageField }: EmailSectionProps) {
  const { t } = useAdminTranslation();
  const styles = useStyles();
  const [copied, setCopied] = useState<'html' | 'text' | 'failed' | null>(null);

  async function copy(kind: 'html' | 'text') {
    const ok =
      kind === 'html'
        ? await copyToClipboard(announcement.html, announcement.html)
        : await copyToClipboard(announcement.text);
    setCopied(ok ? kind : 'failed');
  }

  return (
  <Section title={t('rollout.emailHeading')}>
    <div className={styles.row}>
      <Field label={t('rollout.deadline')} hint={t('rollout.deadlineHint')}>
        <Input
          type="date"
          value={deadline}
          onChange={(_, data) => data.value && setDeadline(data.value)}
        />
      </Field>
      {languageField}
    </div>
    <Field label={t('rollout.subjectLabel')}>
      <Input value={announcement.subject} readOnly />
    </Field>
    <iframe
      className={styles.iframe}
      title={t('rollout.preview')}
      sandbox=""
      srcDoc={announcement.html}
    />
    <div className={styles.actions}>
      <Button onClick={() => void copy('html')}>{t('rollout.copyHtml')}</Button>
      <Button onClick={() => void copy('text')}>{t('rollout.copyText')}</Button>
      <Button
        onClick={() =>
          downloadText(`announcement-${slug}.html`, announcement.html, 'text/html;charset=utf-8')
        }
      >
        {t('rollout.downloadHtml')}
      </Button>
      <Button
        appearance="primary"
        onClick={() => downloadText(`announcement-${slug}.eml`, buildEml(announcement), 'message/rfc822')}
      >
        {t('rollout.downloadEml')}
      </Button>
    </div>
    {copied && (
      <MessageBar intent={copied === 'failed' ? 'warning' : 'success'} role="status">
        <MessageBarBody>
          {copied === 'failed' ? t('rollout.copyFailed') : t('rollout.copied')}
        </MessageBarBody>
      </MessageBar>
    )}
    <Field label={t('rollout.text')}>
      <Textarea className={styles.text} value={announcement.text} readOnly rows={14} resize="vertical" />
    </Field>
  </Section>
  );
}

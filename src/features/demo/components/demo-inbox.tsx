import { Badge, Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { CopyRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutboxMessage } from '@/api';
import { ErrorState, LoadingState } from '@/components/feedback';
import { dateTimeFormat } from '@/i18n';
import { useAnswerPush } from '../api/answer-push';
import { useOutbox } from '../api/get-outbox';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  message: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: 'anywhere',
  },
  head: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  code: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase500, letterSpacing: '0.1em' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

function InboxMessage({ message }: { message: OutboxMessage }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const answer = useAnswerPush();
  const [copied, setCopied] = useState(false);
  const sentAt = new Date(message.sentAt);
  return (
    <li className={styles.message}>
      <div className={styles.head}>
        <Badge appearance="outline">{t(`demo.channels.${message.channel}`)}</Badge>
        <Text size={200}>{t('demo.to', { to: message.to })}</Text>
        <Text size={200}>{new Intl.DateTimeFormat(undefined, dateTimeFormat(sentAt)).format(sentAt)}</Text>
      </div>
      <Text weight="semibold">{message.subject}</Text>
      <Text size={200}>{message.body}</Text>
      {message.code && (
        <div className={styles.actions}>
          <Text className={styles.code}>{message.code}</Text>
          <Button
            size="small"
            icon={<CopyRegular />}
            onClick={() => {
              void navigator.clipboard?.writeText(message.code ?? '').then(() => setCopied(true));
            }}
          >
            {copied ? t('demo.copied') : t('demo.copy')}
          </Button>
        </div>
      )}
      {message.channel === 'push' &&
        (message.pushStatus === 'pending' ? (
          <div className={styles.actions}>
            <Button size="small" appearance="primary" disabled={answer.isPending} onClick={() => answer.mutate({ id: message.id, approve: true })}>
              {t('demo.approve')}
            </Button>
            <Button size="small" disabled={answer.isPending} onClick={() => answer.mutate({ id: message.id, approve: false })}>
              {t('demo.deny')}
            </Button>
          </div>
        ) : (
          <Text size={200}>{message.pushStatus === 'approved' ? t('demo.pushApproved') : t('demo.pushDenied')}</Text>
        ))}
    </li>
  );
}

/** What the mock backend "sent": codes to copy, pushes to approve or deny. */
export function DemoInbox() {
  const { t } = useTranslation();
  const styles = useStyles();
  const outbox = useOutbox(true);
  if (outbox.isPending) return <LoadingState />;
  if (outbox.isError) return <ErrorState error={outbox.error} onRetry={() => void outbox.refetch()} />;
  if (outbox.data.items.length === 0) return <Text>{t('demo.inboxEmpty')}</Text>;
  return (
    <ul className={styles.list} aria-label={t('demo.inbox')}>
      {outbox.data.items.slice(0, 20).map((message) => (
        <InboxMessage key={message.id} message={message} />
      ))}
    </ul>
  );
}

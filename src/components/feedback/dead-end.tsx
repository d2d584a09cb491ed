import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import { describeRetryAfter } from '@/i18n';
import { Actions, PageHeading, Panel } from '../layout';
import { ContactHelp } from './contact-help';

const useStyles = makeStyles({
  link: { color: tokens.colorBrandForegroundLink },
});

export interface DeadEndProps {
  title: string;
  /** Why, in plain words. */
  body: string;
  /** A reset flow, so "contact your administrator" can notify the admins. */
  flowId?: string;
  /** Throttled: until when. */
  retryAfterSeconds?: number;
  /** Extra actions (start again…). */
  children?: ReactNode;
}

/** The end of a journey that can't go on: why, until when, and who can help. */
export function DeadEnd({ title, body, flowId, retryAfterSeconds, children }: DeadEndProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  return (
    <Panel>
      <PageHeading>{title}</PageHeading>
      <Text as="p">{body}</Text>
      {retryAfterSeconds !== undefined && (
        <Text as="p" weight="semibold">
          {describeRetryAfter(t, retryAfterSeconds)}
        </Text>
      )}
      <ContactHelp flowId={flowId} />
      <Actions>
        {children}
        <RouterLink to="/" className={styles.link}>
          {t('common.home')}
        </RouterLink>
      </Actions>
    </Panel>
  );
}

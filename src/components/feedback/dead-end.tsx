import { Text } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { describeRetryAfter } from '@/i18n';
import { Actions, PageHeading, Panel, PortalLink } from '../layout';
import { ContactHelp } from './contact-help';

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
        <PortalLink to="/">
          {t('common.home')}
        </PortalLink>
      </Actions>
    </Panel>
  );
}

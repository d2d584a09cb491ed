import { Button, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Challenge } from '@/api';
import { LoadingState } from '@/components/feedback';
import { Actions, Panel } from '@/components/layout';
import { useCreateChallenge } from '../api/create-challenge';
import { getReset } from '../api/get-reset';
import { usePushChallenge } from '../api/get-challenge';
import { resetKeys } from '../api/keys';
import { flowEndFrom } from '../flow-end';
import type { ChallengeStepProps } from './challenge-step-props';
import { StepHeading } from './step-heading';

export interface PushChallengeProps extends ChallengeStepProps {
  onResent(challenge: Challenge): void;
}

/** Waiting for the person to approve the notification in their app (polls the challenge). */
export function PushChallenge({ flow, challenge, onVerified, onResent, onChooseOther, onEnded }: PushChallengeProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const push = usePushChallenge(flow.flowId, challenge.challengeId);
  const resend = useCreateChallenge();
  const status = push.data?.status ?? challenge.status;

  useEffect(() => {
    if (status !== 'approved') return;
    // Approval passes the gate on the server; fetch the flow to see what comes next.
    let cancelled = false;
    getReset(flow.flowId)
      .then((next) => {
        if (cancelled) return;
        queryClient.setQueryData(resetKeys.flow(next.flowId), next);
        onVerified(next);
      })
      .catch((error: unknown) => {
        const end = flowEndFrom(error, flow.flowId);
        if (!cancelled && end) onEnded(end);
      });
    return () => {
      cancelled = true;
    };
  }, [status, flow.flowId, queryClient, onVerified, onEnded]);

  useEffect(() => {
    const end = push.isError ? flowEndFrom(push.error, flow.flowId) : null;
    if (end) onEnded(end);
  }, [push.isError, push.error, flow.flowId, onEnded]);

  const onResend = () =>
    resend.mutate(
      { flowId: flow.flowId, methodId: challenge.methodId },
      {
        onSuccess: onResent,
        onError: (error) => {
          const end = flowEndFrom(error, flow.flowId);
          if (end) onEnded(end);
        },
      },
    );

  return (
    <Panel>
      <StepHeading flow={flow} />
      <Text as="p">{t('reset.pushWaiting')}</Text>
      {status === 'pending' || status === 'approved' ? (
        <LoadingState label={t('reset.pushWaitingStatus')} />
      ) : (
        <MessageBar intent="warning" role="alert">
          <MessageBarBody>{status === 'denied' ? t('reset.pushDenied') : t('reset.pushExpired')}</MessageBarBody>
        </MessageBar>
      )}
      <Actions>
        {(status === 'denied' || status === 'expired') && (
          <Button appearance="primary" onClick={onResend} disabled={resend.isPending}>
            {t('reset.pushResend')}
          </Button>
        )}
        <Button appearance="secondary" onClick={onChooseOther}>
          {t('reset.chooseOther')}
        </Button>
      </Actions>
    </Panel>
  );
}

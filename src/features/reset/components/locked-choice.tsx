import { Text } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { ResetFlow } from '@/api';
import { FormActions } from '@/components/form';
import { PageHeading, Panel } from '@/components/layout';
import { useUnlockAccount } from '../api/unlock-account';
import { flowEndFrom, stepProblem, type FlowEnd } from '../flow-end';

export interface LockedChoiceProps {
  flow: ResetFlow;
  onReset(): void;
  onDone(flow: ResetFlow): void;
  onEnded(end: FlowEnd): void;
}

/** On-premises accounts that are locked out: unlock only, or reset and unlock. */
export function LockedChoice({ flow, onReset, onDone, onEnded }: LockedChoiceProps) {
  const { t } = useTranslation();
  const unlock = useUnlockAccount();
  return (
    <Panel>
      <PageHeading>{t('reset.lockedHeading')}</PageHeading>
      <Text as="p">{t('reset.lockedIntro')}</Text>
      <FormActions
        error={stepProblem(unlock.error, flow.flowId)}
        submit={t('reset.unlockOnly')}
        pending={unlock.isPending}
        onSubmit={() =>
          unlock.mutate(flow.flowId, {
            onSuccess: onDone,
            onError: (error) => {
              const end = flowEndFrom(error, flow.flowId);
              if (end) onEnded(end);
            },
          })
        }
        others={[{ label: t('reset.resetAndUnlock'), onClick: onReset }]}
      />
    </Panel>
  );
}

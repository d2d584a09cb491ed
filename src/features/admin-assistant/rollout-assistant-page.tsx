import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { RolloutStatus } from '@/api/schemas/rollout';
import { ErrorState, LoadingState } from '@/components/feedback';
import { PortalLink } from '@/components/layout';
import { AdminPage, Section } from '@/admin/components/admin-page';
import { useAdminTranslation } from '@/admin/i18n/register';
import { Reminder } from './reminder';
import { useRollout } from './rollout-api';
import { FailureReasons, RolloutStep, stepOrder, useStepStyles, type StepKey } from './rollout-step';
import { SendAnnouncement } from './send-announcement';
import { TrendLine } from './trend-line';

/** Step 5's goal, as the backend's rule (README "Rollout assistant"). */
const registeredGoal = 80;

const useStyles = makeStyles({
  steps: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '960px' },
  guides: { maxWidth: '960px' },
  // Touch targets apart (WCAG 2.2 target size): each link on a line of its own, with room around it.
  guideItem: { marginBlock: tokens.spacingVerticalS },
});

/** What a step shows between its next action and its link, where it has more than a sentence. */
function StepDetail({ status, step }: { status: RolloutStatus; step: StepKey }) {
  const { t } = useAdminTranslation();
  const styles = useStepStyles();
  const { steps } = status;
  const trend = steps.registration.trend;
  if (step === 'announce')
    return (
      <>
        <SendAnnouncement status={status} />
        <Reminder status={status} />
        <p className={styles.line}>
          <PortalLink to="/admin/rollout/kit">{t('assistant.kitLink')}</PortalLink>
        </p>
      </>
    );
  if (step === 'registration' && trend.length > 0)
    return (
      <TrendLine
        points={trend}
        goal={registeredGoal}
        label={t('assistant.registration.trendLabel', { from: trend[0]?.percent ?? 0, to: trend.at(-1)?.percent ?? 0, goal: registeredGoal })}
        caption={t('assistant.registration.trendCaption', { goal: registeredGoal })}
      />
    );
  if (step === 'resets') return <FailureReasons reasons={steps.resets.topFailureReasons} />;
  return null;
}

/** The printable guides for users and the help desk, each on a page of its own. */
function TrainingMaterials() {
  const { t } = useAdminTranslation();
  const styles = useStyles();
  const stepStyles = useStepStyles();
  return (
    <div className={styles.guides}>
      <Section title={t('assistant.guides.heading')} id="rollout-training">
        <Text as="p" block>
          {t('assistant.guides.intro')}
        </Text>
        <ul className={stepStyles.list}>
          <li className={styles.guideItem}>
            <PortalLink to="/admin/rollout/user-guide">{t('assistant.guides.user.pageTitle')}</PortalLink>
          </li>
          <li className={styles.guideItem}>
            <PortalLink to="/admin/rollout/helpdesk-guide">{t('assistant.guides.helpdesk.pageTitle')}</PortalLink>
          </li>
        </ul>
      </Section>
    </div>
  );
}

/** `/admin/rollout`: the six rollout steps, where each stands, and the announcement to send. */
export function RolloutAssistantPage() {
  const { t } = useAdminTranslation();
  const styles = useStyles();
  const rollout = useRollout();
  return (
    <AdminPage title={t('assistant.heading')} intro={t('assistant.intro')}>
      {rollout.isPending && <LoadingState label={t('assistant.loading')} />}
      {rollout.isError && <ErrorState error={rollout.error} onRetry={() => void rollout.refetch()} />}
      {rollout.data && (
        <ol className={styles.steps}>
          {stepOrder.map((step, index) => (
            <RolloutStep key={step} steps={rollout.data.steps} step={step} index={index}>
              <StepDetail status={rollout.data} step={step} />
            </RolloutStep>
          ))}
        </ol>
      )}
      <TrainingMaterials />
    </AdminPage>
  );
}

import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import { useId, type ReactNode } from 'react';
import type { RolloutStepState, RolloutSteps } from '@/api/schemas/rollout';
import { PortalLink } from '@/components/layout';
import { useDateFormat } from '@/admin/components/date-format';
import { useAdminTranslation } from '@/admin/i18n/register';

export const stepOrder = ['enable', 'licences', 'scope', 'announce', 'registration', 'resets'] as const;
export type StepKey = (typeof stepOrder)[number];

const stepLinks: Record<StepKey, string> = {
  enable: '/admin/policy',
  licences: '/admin/users?filter=unlicensedInScope',
  scope: '/admin/policy',
  announce: '/admin/import',
  registration: '/admin/reports',
  resets: '/admin/reports',
};
const badgeColor: Record<RolloutStepState, 'success' | 'warning' | 'informative'> = {
  done: 'success',
  inProgress: 'warning',
  notStarted: 'informative',
};

export const useStepStyles = makeStyles({
  step: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
    minWidth: 0,
  },
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
  number: { color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightRegular },
  figure: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400 },
  line: { margin: 0 },
  nextLabel: { fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

/** The sentence under a step's title: the figure behind its state. */
function StepFigure({ steps, step }: { steps: RolloutSteps; step: StepKey }) {
  const { t } = useAdminTranslation();
  const { dateTime } = useDateFormat();
  switch (step) {
    case 'enable':
      return <>{t(`assistant.enable.figure.${steps.enable.enablement}`, { count: steps.enable.inScope })}</>;
    case 'licences':
      return <>{t('assistant.licences.figure', { count: steps.licences.unlicensed, inScope: steps.licences.inScope })}</>;
    case 'scope': {
      const { enablement, groupName, groupSize, organizationSize } = steps.scope;
      const percent = organizationSize === 0 ? 0 : Math.floor((groupSize * 100) / organizationSize);
      return <>{t(`assistant.scope.figure.${enablement}`, { group: groupName ?? '—', size: groupSize, count: organizationSize, percent })}</>;
    }
    case 'announce': {
      const { enforcedRegistration, importedContactData, announcedAt, announcedTo } = steps.announce;
      return (
        <>
          {t(enforcedRegistration ? 'assistant.announce.enforcedOn' : 'assistant.announce.enforcedOff')}{' '}
          {t('assistant.announce.imported', { count: importedContactData })}{' '}
          {announcedAt ? t('assistant.announce.sentAt', { date: dateTime(announcedAt), count: announcedTo }) : t('assistant.announce.notSent')}
        </>
      );
    }
    case 'registration':
      return <>{t('assistant.registration.figure', { registered: steps.registration.registered, count: steps.registration.inScope, percent: steps.registration.percent })}</>;
    case 'resets':
      return <>{t('assistant.resets.figure', { count: steps.resets.total, percent: steps.resets.successPercent })}</>;
  }
}

type NextKey = Exclude<`assistant.${StepKey}.next.${RolloutStepState}`, 'assistant.announce.next.inProgress'> | 'assistant.announce.next.send' | 'assistant.announce.next.enforce';

/** What to do next, in one sentence. Step 4 names the piece still missing. */
function nextActionKey(steps: RolloutSteps, step: StepKey): NextKey {
  const { state } = steps[step];
  if (step !== 'announce') return `assistant.${step}.next.${state}`;
  if (state !== 'inProgress') return `assistant.announce.next.${state}`;
  return steps.announce.announcedAt === null ? 'assistant.announce.next.send' : 'assistant.announce.next.enforce';
}

/** One of the six steps: its state, the figure behind it, the next action, its tools, a link. */
export function RolloutStep({ steps, step, index, children }: { steps: RolloutSteps; step: StepKey; index: number; children?: ReactNode }) {
  const { t } = useAdminTranslation();
  const styles = useStepStyles();
  const headingId = useId();
  const { state } = steps[step];
  return (
    <li className={styles.step} data-step={step} data-state={state}>
      <div className={styles.head}>
        <h2 id={headingId} className={styles.title}>
          <span className={styles.number}>{t('assistant.stepNumber', { number: index + 1 })} </span>
          {t(`assistant.${step}.title`)}
        </h2>
        <Badge appearance="tint" color={badgeColor[state]} shape="rounded">
          {t(`assistant.state.${state}`)}
        </Badge>
      </div>
      <p className={styles.figure}>
        <StepFigure steps={steps} step={step} />
      </p>
      <p className={styles.line}>
        <span className={styles.nextLabel}>{t('assistant.nextLabel')} </span>
        {t(nextActionKey(steps, step), { count: step === 'licences' ? steps.licences.unlicensed : undefined })}
      </p>
      {children}
      <p className={styles.line}>
        <PortalLink to={stepLinks[step]}>{t(`assistant.${step}.link`)}</PortalLink>
      </p>
    </li>
  );
}

/** Step 6's detail: the three commonest reasons resets failed. */
export function FailureReasons({ reasons }: { reasons: RolloutSteps['resets']['topFailureReasons'] }) {
  const { t } = useAdminTranslation();
  const styles = useStepStyles();
  if (reasons.length === 0) return <p className={styles.line}>{t('assistant.resets.noFailures')}</p>;
  return (
    <div>
      <p className={styles.line}>{t('assistant.resets.topReasons')}</p>
      <ol className={styles.list}>
        {reasons.map(({ reason, count }) => (
          <li key={reason}>{t('assistant.resets.reason', { reason: t(`assistant.reasons.${reason}`, { defaultValue: reason }), count })}</li>
        ))}
      </ol>
    </div>
  );
}

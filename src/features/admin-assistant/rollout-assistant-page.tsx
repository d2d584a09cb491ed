import { Badge, Button, Field, makeStyles, MessageBar, MessageBarBody, ProgressBar, Text, tokens } from '@fluentui/react-components';
import { useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RolloutStatus, RolloutStepState, RolloutSteps } from '@/api/schemas/rollout';
import { useBranding } from '@/branding';
import { ErrorState, LoadingState } from '@/components/feedback';
import { FormError, NativeSelect } from '@/components/form';
import { PageHeading, PortalLink, useDocumentTitle } from '@/components/layout';
import { announcementMessage } from './announcement-message';
import { useCancelReminder, useRollout, useScheduleReminder, useSendAnnouncement, type SendProgress } from './rollout-api';
import { TrendLine } from './trend-line';

/** Step 5's goal, as the backend's rule (README "Rollout assistant"). */
const registeredGoal = 80;
const stepOrder = ['enable', 'licences', 'scope', 'announce', 'registration', 'resets'] as const;
type StepKey = (typeof stepOrder)[number];
const reminderDays = [1, 2, 3, 5, 7, 14, 30] as const;
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

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0, maxWidth: '960px' },
  intro: { color: tokens.colorNeutralForeground2, maxWidth: '72ch' },
  steps: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
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
  stepHead: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  stepTitle: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
  number: { color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightRegular },
  figure: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400 },
  next: { margin: 0 },
  nextLabel: { fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  tool: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  toolTitle: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'flex-end' },
  select: { minWidth: '160px' },
  focusable: { ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` } },
});

function useFormats() {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const date = (iso: string) => new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(iso));
  const dateTime = (iso: string) => new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
  return { date, dateTime };
}

/** The sentence under a step's title: the figure behind its state. */
function StepFigure({ steps, step }: { steps: RolloutSteps; step: StepKey }) {
  const { t } = useTranslation('admin');
  const { dateTime } = useFormats();
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

/** What to do next, in one sentence. Step 4 names the piece still missing. */
function nextActionKey(steps: RolloutSteps, step: StepKey): string {
  const { state } = steps[step];
  if (step !== 'announce' || state !== 'inProgress') return `assistant.${step}.next.${state}`;
  return steps.announce.announcedAt === null ? 'assistant.announce.next.send' : 'assistant.announce.next.enforce';
}

function Step({ steps, step, index, children }: { steps: RolloutSteps; step: StepKey; index: number; children?: ReactNode }) {
  const { t } = useTranslation('admin');
  const styles = useStyles();
  const headingId = useId();
  const { state } = steps[step];
  return (
    <li className={styles.step} data-step={step} data-state={state}>
      <div className={styles.stepHead}>
        <h2 id={headingId} className={styles.stepTitle}>
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
      <p className={styles.next}>
        <span className={styles.nextLabel}>{t('assistant.nextLabel')} </span>
        {t(nextActionKey(steps, step), { count: step === 'licences' ? steps.licences.unlicensed : undefined })}
      </p>
      {children}
      <p className={styles.next}>
        <PortalLink to={stepLinks[step]}>{t(`assistant.${step}.link`)}</PortalLink>
      </p>
    </li>
  );
}

function SendAnnouncement({ status }: { status: RolloutStatus }) {
  const { t, i18n } = useTranslation('admin');
  const styles = useStyles();
  const { branding } = useBranding();
  const { date } = useFormats();
  const [progress, setProgress] = useState<SendProgress | null>(null);
  const result = useRef<HTMLDivElement>(null);
  const send = useSendAnnouncement(setProgress);
  const titleId = useId();

  const onSend = () => {
    setProgress({ sent: 0, total: status.pendingRecipients });
    const deadline = new Date();
    deadline.setUTCDate(deadline.getUTCDate() + 14);
    const message = announcementMessage(i18n.getFixedT(i18n.resolvedLanguage ?? 'en', 'admin'), {
      organization: branding.organizationName,
      url: branding.portalUrl,
      deadline: date(deadline.toISOString()),
    });
    send.mutate(message, { onSettled: () => setTimeout(() => result.current?.focus(), 0) });
  };

  return (
    <section className={styles.tool} aria-labelledby={titleId}>
      <h3 id={titleId} className={styles.toolTitle}>
        {t('assistant.send.title')}
      </h3>
      <Text as="p" block>
        {t('assistant.send.intro', { count: status.pendingRecipients })}
      </Text>
      <div className={styles.row}>
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
      <div ref={result} tabIndex={-1} className={styles.focusable}>
        {send.isSuccess && (
          <MessageBar intent="success" layout="multiline" role="status">
            <MessageBarBody>
              {t('assistant.send.sent', { count: send.data.sent })}
              {(send.data.skipped ?? 0) > 0 && <> {t('assistant.send.skipped', { count: send.data.skipped ?? 0 })}</>}
            </MessageBarBody>
          </MessageBar>
        )}
        {send.isError && <FormError error={send.error} />}
      </div>
    </section>
  );
}

function Reminder({ status }: { status: RolloutStatus }) {
  const { t, i18n } = useTranslation('admin');
  const styles = useStyles();
  const { branding } = useBranding();
  const { date, dateTime } = useFormats();
  const schedule = useScheduleReminder();
  const cancel = useCancelReminder();
  const statusRef = useRef<HTMLParagraphElement>(null);
  const titleId = useId();
  const [afterDays, setAfterDays] = useState(3);
  const { reminder, remindedAt } = status.steps.announce;
  const focusStatus = () => setTimeout(() => statusRef.current?.focus(), 0);

  const onSchedule = (event: FormEvent) => {
    event.preventDefault();
    const days = afterDays;
    const deadline = new Date();
    deadline.setUTCDate(deadline.getUTCDate() + days + 7);
    const message = announcementMessage(i18n.getFixedT(i18n.resolvedLanguage ?? 'en', 'admin'), {
      organization: branding.organizationName,
      url: branding.portalUrl,
      deadline: date(deadline.toISOString()),
    });
    schedule.mutate({ ...message, afterDays: days }, { onSettled: focusStatus });
  };

  return (
    <section className={styles.tool} aria-labelledby={titleId}>
      <h3 id={titleId} className={styles.toolTitle}>
        {t('assistant.reminder.title')}
      </h3>
      <p ref={statusRef} tabIndex={-1} className={styles.focusable} role="status">
        {reminder ? t('assistant.reminder.scheduled', { date: dateTime(reminder.dueAt) }) : t('assistant.reminder.none')}
        {remindedAt && <> {t('assistant.reminder.lastSent', { date: dateTime(remindedAt) })}</>}
      </p>
      <form className={styles.row} onSubmit={onSchedule} noValidate>
        <Field label={t('assistant.reminder.afterDays')} className={styles.select}>
          <NativeSelect value={String(afterDays)} onChange={(event) => setAfterDays(Number(event.target.value))}>
            {reminderDays.map((days) => (
              <option key={days} value={String(days)}>
                {t('assistant.reminder.days', { count: days })}
              </option>
            ))}
          </NativeSelect>
        </Field>
        <Button type="submit" disabledFocusable={schedule.isPending}>
          {t('assistant.reminder.schedule')}
        </Button>
        {reminder && (
          <Button type="button" disabledFocusable={cancel.isPending} onClick={() => cancel.mutate(undefined, { onSettled: focusStatus })}>
            {t('assistant.reminder.cancel')}
          </Button>
        )}
      </form>
      <FormError error={schedule.error ?? cancel.error ?? undefined} />
    </section>
  );
}

function FailureReasons({ reasons }: { reasons: RolloutSteps['resets']['topFailureReasons'] }) {
  const { t } = useTranslation('admin');
  const styles = useStyles();
  if (reasons.length === 0) return <p className={styles.next}>{t('assistant.resets.noFailures')}</p>;
  return (
    <div>
      <p className={styles.next}>{t('assistant.resets.topReasons')}</p>
      <ol className={styles.list}>
        {reasons.map(({ reason, count }) => (
          <li key={reason}>{t('assistant.resets.reason', { reason: t(`assistant.reasons.${reason}`, { defaultValue: reason }), count })}</li>
        ))}
      </ol>
    </div>
  );
}

/** `/admin/rollout`: the six rollout steps, where each stands, and the announcement to send. */
export function RolloutAssistantPage() {
  const { t } = useTranslation('admin');
  const styles = useStyles();
  const rollout = useRollout();
  useDocumentTitle(t('assistant.heading'));
  const steps = rollout.data?.steps;
  const trend = steps?.registration.trend ?? [];

  return (
    <div className={styles.page}>
      <PageHeading>{t('assistant.heading')}</PageHeading>
      <Text as="p" block className={styles.intro}>
        {t('assistant.intro')}
      </Text>
      {rollout.isPending && <LoadingState label={t('assistant.loading')} />}
      {rollout.isError && <ErrorState error={rollout.error} onRetry={() => void rollout.refetch()} />}
      {rollout.data && steps && (
        <ol className={styles.steps}>
          {stepOrder.map((step, index) => (
            <Step key={step} steps={steps} step={step} index={index}>
              {step === 'announce' && (
                <>
                  <SendAnnouncement status={rollout.data} />
                  <Reminder status={rollout.data} />
                  <p className={styles.next}>
                    <PortalLink to="/admin/rollout/kit">{t('assistant.kitLink')}</PortalLink>
                  </p>
                </>
              )}
              {step === 'registration' && trend.length > 0 && (
                <TrendLine
                  points={trend}
                  goal={registeredGoal}
                  label={t('assistant.registration.trendLabel', {
                    from: trend[0]?.percent ?? 0,
                    to: trend.at(-1)?.percent ?? 0,
                    goal: registeredGoal,
                  })}
                  caption={t('assistant.registration.trendCaption', { goal: registeredGoal })}
                />
              )}
              {step === 'resets' && <FailureReasons reasons={steps.resets.topFailureReasons} />}
            </Step>
          ))}
        </ol>
      )}
      <section className={styles.step} aria-labelledby="rollout-training-heading">
        <h2 id="rollout-training-heading" className={styles.stepTitle}>
          {t('assistant.guides.heading')}
        </h2>
        <Text as="p" block>
          {t('assistant.guides.intro')}
        </Text>
        <ul className={styles.list}>
          <li>
            <PortalLink to="/admin/rollout/user-guide">{t('assistant.guides.user.pageTitle')}</PortalLink>
          </li>
          <li>
            <PortalLink to="/admin/rollout/helpdesk-guide">{t('assistant.guides.helpdesk.pageTitle')}</PortalLink>
          </li>
        </ul>
      </section>
    </div>
  );
}

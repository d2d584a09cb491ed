import { Button, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import { useQueryClient } from '@tanstack/react-query';
import { Suspense, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import type { Challenge, ResetFlow } from '@/api';
import { DeadEnd, ErrorState, LoadingState, PartErrorBoundary } from '@/components/feedback';
import { Actions, lazyExport, moduleLoader, Page, PageHeading, Panel, PortalLink, useDocumentTitle, useFocusOnAppear } from '@/components/layout';
import { useCancelReset } from '../api/cancel-reset';
import { useResetFlow } from '../api/get-reset';
import { resetKeys } from '../api/keys';
import { flowEndFrom, type FlowEnd } from '../flow-end';
import { forgetSavedReset, maskUserId, useSavedReset } from '../flow-storage';
import { stepFromPath, useStepHistory, type ResetStep } from '../step-history';
import { IdentifyStep } from './identify-step';

// The first step comes with the page; the steps after it load while the person fills it in.
const laterSteps = moduleLoader(() => import('./verification-and-password-steps'));
const MethodStep = lazyExport(laterSteps, 'MethodStep');
const CodeChallenge = lazyExport(laterSteps, 'CodeChallenge');
const PushChallenge = lazyExport(laterSteps, 'PushChallenge');
const QuestionsChallenge = lazyExport(laterSteps, 'QuestionsChallenge');
const PasswordStep = lazyExport(laterSteps, 'PasswordStep');
const LockedChoice = lazyExport(laterSteps, 'LockedChoice');

// setTimeout overflows past ~24.8 days; a flow lives 15 minutes anyway.
const maxTimerMs = 2_147_483_647;

/** Reset: user ID + CAPTCHA → one or two verification steps → new password (or unlock) → done. */
export function ResetPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('titles.reset'));
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [saved, setSaved] = useSavedReset();
  const [end, setEnd] = useState<FlowEnd | null>(null);
  const [outcome, setOutcome] = useState<'reset' | 'unlocked' | null>(null);
  const [choseReset, setChoseReset] = useState(false);
  // Coming back to /reset with a reset unfinished in this tab: ask, don't resume silently. (A
  // reload of a later step, /reset/code say, just shows that step again.)
  const { pathname } = useLocation();
  const [askResume, setAskResume] = useState(() => saved !== null && stepFromPath(pathname) === 'identify');
  // Back to a step that can't be gone back to: the step stays, with a word why (it takes focus).
  const [refused, setRefused] = useState<{ step: ResetStep; count: number } | null>(null);
  const flowQuery = useResetFlow(saved?.flowId ?? null);
  const cancel = useCancelReset();
  const flow = flowQuery.data;

  useEffect(() => {
    // Ahead of time; should it fail, the step that needs it tries again when it renders.
    laterSteps.load().catch(() => undefined);
  }, []);

  const endWith = useCallback(
    (next: FlowEnd) => {
      // A reset that can't go on is forgotten, so a reload starts a fresh one.
      if (next.kind !== 'throttled' || !next.flowId) setSaved(null);
      setEnd(next);
    },
    [setSaved],
  );

  const onFlow = useCallback(
    (next: ResetFlow, userId?: string) => {
      queryClient.setQueryData(resetKeys.flow(next.flowId), next);
      if (next.step === 'done') {
        setOutcome(next.outcome ?? 'reset');
        setSaved(null);
        return;
      }
      const typed = userId ?? saved?.userId;
      setSaved({ flowId: next.flowId, challenge: null, ...(typed ? { userId: typed } : {}) });
    },
    [queryClient, setSaved, saved?.userId],
  );

  // The flow ends 15 minutes after it started, even while the page sits idle: at its end, ask
  // the server (whose clock counts) and show the end it reports.
  const { refetch } = flowQuery;
  useEffect(() => {
    if (!flow) return;
    const remaining = new Date(flow.expiresAt).getTime() - Date.now();
    if (remaining > maxTimerMs) return;
    const timer = setTimeout(() => void refetch(), Math.max(remaining, 0) + 1000);
    return () => clearTimeout(timer);
  }, [flow, refetch]);

  // A reload of a flow that finished or expired meanwhile: show how it ended, and forget it.
  const loadEnd = flowQuery.isError && saved ? flowEndFrom(flowQuery.error, saved.flowId) : null;
  const shownEnd = end ?? loadEnd;
  const shownOutcome = outcome ?? (flow?.step === 'done' ? (flow.outcome ?? 'reset') : null);
  useEffect(() => {
    if (loadEnd || flow?.step === 'done') forgetSavedReset();
  }, [loadEnd, flow?.step]);

  const startOver = () => {
    setAskResume(false);
    setSaved(null);
    setEnd(null);
    setOutcome(null);
    setChoseReset(false);
  };

  const onCancel = () => {
    if (saved) cancel.mutate(saved.flowId);
    // Forgotten in storage only: the page is leaving, and its state must not move the address first.
    forgetSavedReset();
    void navigate('/');
  };

  const setChallenge = (challenge: Challenge | null, phoneNumber?: string) => {
    if (!saved) return;
    setSaved({ ...saved, challenge, ...(phoneNumber ?? saved.phoneNumber ? { phoneNumber: phoneNumber ?? saved.phoneNumber } : {}) });
  };

  const step: ResetStep | null =
    shownOutcome || shownEnd
      ? 'finished'
      : !saved
        ? 'identify'
        : askResume
          ? 'resume'
          : !flow
            ? null
            : flow.step === 'password'
              ? 'password'
              : saved.challenge
                ? 'code'
                : 'method';
  const onAddressMove = useCallback(
    (target: ResetStep, from: ResetStep) => {
      // Back from a code to the choice of method: the code was not used, so that is allowed.
      if (from === 'code' && target === 'method' && saved) {
        setSaved({ ...saved, challenge: null });
        return true;
      }
      // Back to /reset (or a link to it) mid-reset: continue, or start over?
      if (target === 'identify' && from !== 'finished' && from !== 'identify') {
        setAskResume(true);
        return true;
      }
      // Forward again from that question to the step it was on.
      if (from === 'resume' && target === (saved?.challenge ? 'code' : flow?.step === 'password' ? 'password' : 'method')) {
        setAskResume(false);
        return true;
      }
      if (from !== 'identify') setRefused((before) => ({ step: from, count: (before?.count ?? 0) + 1 }));
      return false;
    },
    [saved, setSaved, flow?.step],
  );
  useStepHistory(step, onAddressMove);
  const shownRefusal = refused && refused.step === step ? refused : null;
  const refusalRef = useFocusOnAppear<HTMLDivElement>(shownRefusal);

  let content;
  if (shownOutcome) {
    content = (
      <Panel>
        <PageHeading>{shownOutcome === 'unlocked' ? t('reset.unlockedHeading') : t('reset.doneHeading')}</PageHeading>
        <Text as="p">{shownOutcome === 'unlocked' ? t('reset.unlockedBody') : t('reset.doneBody')}</Text>
        <PortalLink to="/sign-in">{t('common.signIn')}</PortalLink>
      </Panel>
    );
  } else if (shownEnd) {
    content = <FlowEndPage end={shownEnd} onStartOver={startOver} />;
  } else if (!saved) {
    content = <IdentifyStep onStarted={onFlow} onEnded={endWith} />;
  } else if (askResume) {
    content = (
      <Panel key="resume">
        <PageHeading>{t('reset.resumeHeading')}</PageHeading>
        <Text as="p">{saved.userId ? t('reset.resumeBody', { who: maskUserId(saved.userId) }) : t('reset.resumeBodyAnonymous')}</Text>
        <Actions>
          <Button appearance="primary" onClick={() => setAskResume(false)}>
            {t('reset.resumeContinue')}
          </Button>
          <Button
            appearance="secondary"
            onClick={() => {
              cancel.mutate(saved.flowId);
              startOver();
            }}
          >
            {t('reset.startOver')}
          </Button>
        </Actions>
      </Panel>
    );
  } else if (flowQuery.isPending) {
    content = <LoadingState />;
  } else if (!flow) {
    content = <ErrorState error={flowQuery.error} onRetry={() => void flowQuery.refetch()} />;
  } else if (flow.step === 'password') {
    content =
      flow.unlockAvailable && !choseReset ? (
        <LockedChoice flow={flow} onReset={() => setChoseReset(true)} onDone={onFlow} onEnded={endWith} />
      ) : (
        <PasswordStep flow={flow} onDone={onFlow} onEnded={endWith} />
      );
  } else if (!saved.challenge) {
    content = <MethodStep key={flow.gatesPassed} flow={flow} onChallenge={(challenge, phone) => setChallenge(challenge, phone)} onEnded={endWith} />;
  } else {
    const challenge = saved.challenge;
    const common = { flow, challenge, onVerified: onFlow, onChooseOther: () => setChallenge(null), onEnded: endWith };
    content =
      challenge.kind === 'questions' ? (
        <QuestionsChallenge key={challenge.methodId} {...common} onRefreshed={(next) => setChallenge(next)} />
      ) : challenge.kind === 'appNotification' ? (
        <PushChallenge key={challenge.challengeId} {...common} onResent={(next) => setChallenge(next)} />
      ) : (
        <CodeChallenge key={challenge.challengeId} {...common} phoneNumber={saved.phoneNumber} onResent={(next) => setChallenge(next)} />
      );
  }
  return (
    <Page>
      <div role="status">
        {shownRefusal && (
          <MessageBar ref={refusalRef} tabIndex={-1} intent="info" layout="multiline">
            <MessageBarBody>{step === 'finished' ? t('reset.backRefusedFinished') : t('reset.backRefused')}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      <PartErrorBoundary keepHeight>
        <Suspense fallback={<LoadingState />}>{content}</Suspense>
      </PartErrorBoundary>
      {/* A way out of every step, in one place: cancels the flow (if any) and goes home. */}
      {!shownOutcome && !shownEnd && !(saved && askResume) && (
        <Actions>
          <Button appearance="subtle" onClick={onCancel}>
            {saved ? t('reset.cancelReset') : t('common.cancel')}
          </Button>
        </Actions>
      )}
    </Page>
  );
}

function FlowEndPage({ end, onStartOver }: { end: FlowEnd; onStartOver(): void }) {
  const { t } = useTranslation();
  const again = (
    <Button appearance="primary" onClick={onStartOver}>
      {t('reset.startOver')}
    </Button>
  );
  switch (end.kind) {
    case 'expired':
      return (
        <DeadEnd title={t('reset.expiredHeading')} body={t('reset.expiredBody')}>
          {again}
        </DeadEnd>
      );
    case 'throttled':
      return (
        <DeadEnd
          title={t('reset.throttledHeading')}
          body={t('reset.throttledBody')}
          flowId={end.flowId}
          retryAfterSeconds={end.retryAfterSeconds}
        />
      );
    case 'ineligible':
      return <DeadEnd title={t(`reasons.${end.reason}.title`)} body={t(`reasons.${end.reason}.body`)} />;
    case 'conflict':
      return (
        <DeadEnd title={t('reset.deadEndHeading')} body={t('problems.conflict')} flowId={end.flowId}>
          {again}
        </DeadEnd>
      );
  }
}

import { Badge, Button, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Text, tokens } from '@fluentui/react-components';
import { Suspense, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import type { SecurityInfo, SecurityMethod } from '@/api';
import { ErrorState, LoadingState, PartErrorBoundary } from '@/components/feedback';
import { FormActions, FormError } from '@/components/form';
import { helpdeskHref, useBranding } from '@/branding';
import { Actions, lazyExport, moduleLoader, PageHeading, Panel, TextLink, useFocusOnAppear } from '@/components/layout';
import { safeReturnTo, SignedInPage, useSession } from '@/components/session';
import { useConfirmSecurityInfo } from '../api/confirm-security-info';
import { useDeleteMethod } from '../api/delete-method';
import { useSecurityInfo } from '../api/get-security-info';

// The list comes with the page; the editors (forms) load while the person reads it.
const editors = moduleLoader(() => import('./method-editors'));
const AppEditor = lazyExport(editors, 'AppEditor');
const CodeVerificationEditor = lazyExport(editors, 'CodeVerificationEditor');
const QuestionsEditor = lazyExport(editors, 'QuestionsEditor');

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  method: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusLarge,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  name: { display: 'flex', flexDirection: 'column', minWidth: 0, overflowWrap: 'anywhere' },
});

type Notice = { kind: 'saved' | 'deleted'; method: SecurityMethod['kind'] } | { kind: 'confirmed' };

function MethodEditor({ method, info, title, onSaved, onCancel }: { method: SecurityMethod; info: SecurityInfo; title: string; onSaved(info: SecurityInfo): void; onCancel(): void }) {
  switch (method.kind) {
    case 'email':
    case 'mobilePhone':
      return <CodeVerificationEditor kind={method.kind} title={title} prefill={method.prefill} onSaved={onSaved} onCancel={onCancel} />;
    case 'app':
      return <AppEditor title={title} onSaved={onSaved} onCancel={onCancel} />;
    case 'questions':
      return <QuestionsEditor title={title} info={info} onSaved={onSaved} onCancel={onCancel} />;
    default:
      return null;
  }
}

/**
 * Whether this person can reset a forgotten password, told truthfully: signed in, the password is
 * proven, so the reason (out of the pilot group, no licence, writeback off…) can be named, with
 * who to ask. "You are set up" only when a reset would really work.
 */
function ResetReadiness({ info, isAdmin }: { info: SecurityInfo; isAdmin: boolean }) {
  const { t } = useTranslation();
  const { helpdesk } = useBranding();
  const helpHref = helpdeskHref(helpdesk);
  const reason = info.resetUnavailableReason ?? null;
  if (reason && reason !== 'not_registered') {
    return (
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t(`securityInfo.resetUnavailable.${reason}.title`)}</MessageBarTitle>
          <Text as="p">{t(`securityInfo.resetUnavailable.${reason}.body`)}</Text>
          {helpHref && <TextLink href={helpHref}>{t('common.contactHelpdesk')}</TextLink>}
        </MessageBarBody>
      </MessageBar>
    );
  }
  const registered = info.registered && reason === null;
  return (
    <MessageBar intent={registered ? 'success' : 'warning'} layout="multiline">
      <MessageBarBody>
        {registered ? t('securityInfo.registered') : t('securityInfo.notRegistered')}
        {!registered && isAdmin && ` ${t('securityInfo.resetUnavailable.notRegisteredAdmin', { count: info.methodsRequired })}`}
      </MessageBarBody>
    </MessageBar>
  );
}

function SecurityInfoView() {
  const { t } = useTranslation();
  const styles = useStyles();
  const { me } = useSession();
  const query = useSecurityInfo();
  const deleteMethod = useDeleteMethod();
  const confirm = useConfirmSecurityInfo();
  const [editing, setEditing] = useState<SecurityMethod['kind'] | null>(null);
  const [deleting, setDeleting] = useState<SecurityMethod['kind'] | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  // The result of every action takes focus: the new status message, or back to the method's button.
  const noticeRef = useFocusOnAppear<HTMLDivElement>(notice);
  const actionButtons = useRef(new Map<SecurityMethod['kind'], HTMLElement>());
  const backToMethod = (kind: SecurityMethod['kind'], close: () => void) => {
    flushSync(close);
    actionButtons.current.get(kind)?.focus();
  };
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const returnParam = search.get('returnTo');
  const returnTo = returnParam === null ? null : safeReturnTo(returnParam);
  useEffect(() => {
    // Ahead of time; should it fail, the editor tries again when it opens.
    editors.load().catch(() => undefined);
  }, []);

  if (query.isPending) return <LoadingState />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const info = query.data;
  const shown = info.methods.filter((method) => method.allowed || method.registered);
  const kindName = (kind: SecurityMethod['kind']) => t(`securityInfo.kinds.${kind}`);
  const lastConfirmed = info.lastConfirmedAt ? new Date(info.lastConfirmedAt) : null;
  const reconfirmDue = info.reconfirmDueAt ? new Date(info.reconfirmDueAt) : null;

  const noticeText =
    notice?.kind === 'confirmed'
      ? t('securityInfo.confirmed')
      : notice?.kind === 'saved'
        ? t('securityInfo.saved', { method: kindName(notice.method) })
        : notice?.kind === 'deleted'
          ? t('securityInfo.deleted', { method: kindName(notice.method) })
          : null;

  return (
    <>
      <Panel>
        <PageHeading>{t('securityInfo.heading')}</PageHeading>
        <Text as="p">{t('securityInfo.intro')}</Text>
        <Text as="p">{t('securityInfo.requiredCount', { count: info.methodsRequired })}</Text>
        <ResetReadiness info={info} isAdmin={me?.isAdmin ?? false} />
        {lastConfirmed && (
          <Text size={200}>
            {t('securityInfo.lastConfirmed', { date: lastConfirmed, formatParams: { date: { dateStyle: 'long' } } })}
            {reconfirmDue && ` ${t('securityInfo.reconfirmDue', { date: reconfirmDue, formatParams: { date: { dateStyle: 'long' } } })}`}
          </Text>
        )}
        <div role="status" aria-live="polite">
          {noticeText && (
            <MessageBar ref={noticeRef} tabIndex={-1} intent="success">
              <MessageBarBody>{noticeText}</MessageBarBody>
            </MessageBar>
          )}
        </div>
        {info.registered && (
          <Actions>
            <Button
              appearance="primary"
              disabled={confirm.isPending}
              onClick={() =>
                confirm.mutate(undefined, {
                  // From the sign-in prompt: on to where the person was going, as Entra's interstitial does.
                  onSuccess: () => (returnTo ? void navigate(returnTo) : setNotice({ kind: 'confirmed' })),
                })
              }
            >
              {t('securityInfo.looksGood')}
            </Button>
          </Actions>
        )}
        <FormError error={confirm.error ?? deleteMethod.error ?? undefined} />
      </Panel>
      {shown.length === 0 && <Text>{t('securityInfo.empty')}</Text>}
      <ul className={styles.list}>
        {shown.map((method) => {
          const name = kindName(method.kind);
          const adminOnlyQuestions = method.kind === 'questions' && me?.isAdmin;
          return (
            <li key={method.kind} className={styles.method}>
              <div className={styles.row}>
                <div className={styles.name}>
                  <Text weight="semibold" size={400}>
                    {name}
                  </Text>
                  {method.masked && (
                    <Text>
                      {/* A phone number or address stays left to right on a right-to-left page. */}
                      <bdi dir="ltr">{method.masked}</bdi>
                    </Text>
                  )}
                  {!method.editable && (
                    <Text size={200}>{method.registered ? t('securityInfo.managedByAdmin') : t('securityInfo.officeHint')}</Text>
                  )}
                  {!method.allowed && <Text size={200}>{t('securityInfo.notAllowed')}</Text>}
                  {adminOnlyQuestions && <Text size={200}>{t('securityInfo.adminNoQuestions')}</Text>}
                </div>
                <Badge appearance="tint" color={method.registered ? 'success' : 'informative'}>
                  {method.registered ? t('securityInfo.statusRegistered') : t('securityInfo.statusNotRegistered')}
                </Badge>
              </div>
              {editing === method.kind ? (
                <PartErrorBoundary>
                  <Suspense fallback={<LoadingState />}>
                    <MethodEditor
                      method={method}
                      info={info}
                      title={`${method.registered ? t('securityInfo.change') : t('securityInfo.add')}: ${name}`}
                      onSaved={() => {
                        setEditing(null);
                        setNotice({ kind: 'saved', method: method.kind });
                      }}
                      onCancel={() => backToMethod(method.kind, () => setEditing(null))}
                    />
                  </Suspense>
                </PartErrorBoundary>
              ) : deleting === method.kind ? (
                <div role="group" aria-label={t('securityInfo.deleteConfirm', { method: name })}>
                  <PageHeading level={2}>{t('securityInfo.deleteConfirm', { method: name })}</PageHeading>
                  <Text as="p">{t('securityInfo.deleteBody')}</Text>
                  <FormActions
                    submit={t('securityInfo.delete')}
                    pending={deleteMethod.isPending}
                    onSubmit={() =>
                      deleteMethod.mutate(method.kind, {
                        onSuccess: () => setNotice({ kind: 'deleted', method: method.kind }),
                        onSettled: () => setDeleting(null),
                      })
                    }
                    others={[{ label: t('common.cancel'), onClick: () => backToMethod(method.kind, () => setDeleting(null)), appearance: 'subtle' }]}
                  />
                </div>
              ) : (
                method.editable &&
                method.allowed &&
                !adminOnlyQuestions && (
                  <Actions>
                    <Button
                      ref={(element) => {
                        if (element) actionButtons.current.set(method.kind, element);
                        else actionButtons.current.delete(method.kind);
                      }}
                      appearance={method.registered ? 'secondary' : 'primary'}
                      aria-label={`${method.registered ? t('securityInfo.change') : t('securityInfo.add')}: ${name}`}
                      onClick={() => {
                        setNotice(null);
                        setEditing(method.kind);
                      }}
                    >
                      {method.registered ? t('securityInfo.change') : t('securityInfo.add')}
                    </Button>
                    {method.registered && (
                      <Button appearance="subtle" aria-label={`${t('securityInfo.delete')}: ${name}`} onClick={() => setDeleting(method.kind)}>
                        {t('securityInfo.delete')}
                      </Button>
                    )}
                  </Actions>
                )
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}

/** The person's methods: status, masked value; add, verify, change, delete; "Looks good". */
export function SecurityInfoPage() {
  return (
    <SignedInPage title="securityInfo">
      <SecurityInfoView />
    </SignedInPage>
  );
}

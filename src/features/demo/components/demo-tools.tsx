import { Button, Field, makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { sessionStore } from '@/api/session-store';
import { FormError, NativeSelect } from '@/components/form';
import { PortalLink } from '@/components/layout';
import { useSession } from '@/components/session';
import { useDevSignIn } from '../api/dev-sign-in';
import { useDevNotices } from '../api/get-dev-notices';
import { usePersonas } from '../api/get-personas';
import { useResetDemo } from '../api/reset-demo';
import { DemoClock, DemoNetwork } from './demo-clock-and-network';
import { DemoInbox } from './demo-inbox';

const useStyles = makeStyles({
  grow: { flexGrow: 1, minWidth: 0 },
  panel: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 280px), 1fr))',
    gap: tokens.spacingHorizontalXL,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground2,
    borderBottom: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteYellowBorder2}`,
    maxHeight: '70vh',
    overflowY: 'auto',
  },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'flex-end' },
  text: { margin: 0 },
});

export interface DemoToolsProps {
  /** The bar's "Demo tools" button is pressed. */
  open: boolean;
  onClose(): void;
}

/**
 * Demo mode only, below the bar (`DemoBar`, which comes with the page): the inbox, the persona
 * switcher, the mock clock, latency and failures, and "reset demo data". Loaded after the first paint.
 */
export function DemoTools({ open, onClose }: DemoToolsProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const [persona, setPersona] = useState('');
  const [resetDone, setResetDone] = useState(false);
  const notices = useDevNotices();
  const personas = usePersonas(open);
  const devSignIn = useDevSignIn();
  const resetDemo = useResetDemo();
  const session = useSession();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const stateReplaced = (notices.data?.items.length ?? 0) > 0;

  return (
    <>
      {stateReplaced && (
        <MessageBar intent="warning" role="status">
          <MessageBarBody>{t('demo.stateReplaced')}</MessageBarBody>
        </MessageBar>
      )}
      {open && (
        <div id="demo-tools-panel" className={styles.panel}>
          <section className={styles.section}>
            <h2 className={styles.heading}>{t('demo.personas')}</h2>
            <div className={styles.row}>
              <Field label={t('demo.personas')} className={styles.grow}>
                <NativeSelect value={persona} onChange={(event) => setPersona(event.target.value)}>
                  <option value="">{t('demo.personaPlaceholder')}</option>
                  {personas.data?.items.map((candidate) => (
                    // The persona's name and role are the mock back end's data, in English.
                    <option key={candidate.userId} value={candidate.userId} lang="en">
                      {candidate.displayName} ({candidate.role})
                    </option>
                  ))}
                </NativeSelect>
              </Field>
              <Button
                appearance="primary"
                disabled={!persona || devSignIn.isPending}
                onClick={() =>
                  devSignIn.mutate(persona, {
                    onSuccess: (next) => {
                      session.signIn(next);
                      onClose();
                      void navigate(next.registrationPrompt ? '/registration-prompt' : '/');
                    },
                  })
                }
              >
                {t('demo.signInAs')}
              </Button>
            </div>
            <FormError error={devSignIn.error ?? personas.error ?? undefined} />
          </section>
          <section className={styles.section}>
            <h2 className={styles.heading}>{t('demo.inbox')}</h2>
            <DemoInbox />
          </section>
          <DemoClock open={open} />
          <DemoNetwork open={open} />
          <section className={styles.section}>
            <h2 className={styles.heading}>{t('demo.developers')}</h2>
            <p className={styles.text}>{t('demo.developersHint')}</p>
            <PortalLink to="/docs/api" onClick={onClose}>
              {t('demo.apiReference')}
            </PortalLink>
          </section>
          <section className={styles.section}>
            <Button
              disabled={resetDemo.isPending}
              onClick={() =>
                resetDemo.mutate(undefined, {
                  onSuccess: () => {
                    // The seed has no sessions or flows: forget ours and reload what we show.
                    sessionStore.clear();
                    for (const key of Object.keys(sessionStorage)) {
                      if (key.startsWith('password-portal.')) sessionStorage.removeItem(key);
                    }
                    void queryClient.invalidateQueries();
                    setResetDone(true);
                    void navigate('/');
                  },
                })
              }
            >
              {t('demo.resetData')}
            </Button>
            {resetDone && (
              <MessageBar intent="success" role="status">
                <MessageBarBody>{t('demo.resetDone')}</MessageBarBody>
              </MessageBar>
            )}
            <FormError error={resetDemo.error ?? undefined} />
          </section>
        </div>
      )}
    </>
  );
}

import { Badge, Button, Field, makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import { ChevronDownRegular, ChevronUpRegular } from '@fluentui/react-icons';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { sessionStore } from '@/api/session-store';
import { FormError, NativeSelect } from '@/components/form';
import { useSession } from '@/components/session';
import { useDevSignIn } from '../api/dev-sign-in';
import { useDevNotices } from '../api/get-dev-notices';
import { usePersonas } from '../api/get-personas';
import { useResetDemo } from '../api/reset-demo';
import { DemoClock, DemoNetwork } from './demo-clock-and-network';
import { DemoInbox } from './demo-inbox';

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorPaletteYellowBackground2,
    color: tokens.colorNeutralForeground1,
  },
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
});

/** Demo mode only: the Demo badge, the inbox, the persona switcher, the mock clock, latency and failures, and "reset demo data". */
export function DemoTools() {
  const { t } = useTranslation();
  const styles = useStyles();
  const [open, setOpen] = useState(false);
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
    <div role="region" aria-label={t('demo.panel')}>
      <div className={styles.bar}>
        <Badge appearance="filled" color="warning" size="large">
          {t('demo.badge')}
        </Badge>
        <Text size={200} className={styles.grow}>
          {t('demo.notice')}
        </Text>
        <Button
          size="small"
          icon={open ? <ChevronUpRegular /> : <ChevronDownRegular />}
          iconPosition="after"
          aria-expanded={open}
          aria-controls="demo-tools-panel"
          onClick={() => setOpen((shown) => !shown)}
        >
          {t('demo.open')}
        </Button>
      </div>
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
                    <option key={candidate.userId} value={candidate.userId}>
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
                      setOpen(false);
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
    </div>
  );
}

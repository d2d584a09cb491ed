import { Button, Field, makeStyles, Slider, Text, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { FormError, NativeSelect } from '@/components/form';
import { useClock, useMoveClock } from '../api/clock';
import { useDevSettings, usePutDevSettings } from '../api/dev-settings';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

const minute = 60;
const hour = 60 * minute;
const day = 24 * hour;
/** The clock buttons: how far each moves the mock clock forward. */
export const clockSteps = [
  { key: 'plus5Minutes', seconds: 5 * minute },
  { key: 'plus1Hour', seconds: hour },
  { key: 'plus1Day', seconds: day },
  { key: 'plus180Days', seconds: 180 * day },
] as const;

export const latencyMaxMs = 5000;
export const latencyStepMs = 250;
/** The failure rates on offer, as fractions of calls that fail. */
export const failureRates = [0, 0.1, 0.3, 0.5, 1] as const;

/** The mock clock: its current time, buttons that move it forward, and back to now. */
export function DemoClock({ open }: { open: boolean }) {
  const { t, i18n } = useTranslation();
  const styles = useStyles();
  const clock = useClock(open);
  const moveClock = useMoveClock();
  const now = clock.data?.now;

  return (
    <section className={styles.section} aria-labelledby="demo-clock-heading">
      <h2 id="demo-clock-heading" className={styles.heading}>
        {t('demo.clock.heading')}
      </h2>
      <Text role="status">
        {now === undefined
          ? t('demo.clock.loading')
          : t('demo.clock.now', { now: new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(now)) })}
      </Text>
      <div className={styles.row}>
        {clockSteps.map((step) => (
          <Button key={step.key} size="small" disabled={moveClock.isPending} onClick={() => moveClock.mutate(step.seconds)}>
            {t(`demo.clock.${step.key}`)}
          </Button>
        ))}
        <Button size="small" disabled={moveClock.isPending} onClick={() => moveClock.mutate(null)}>
          {t('demo.clock.backToNow')}
        </Button>
      </div>
      <FormError error={moveClock.error ?? clock.error ?? undefined} />
    </section>
  );
}

/** The mock's latency and failure rate (the dev API itself stays fast and reliable). */
export function DemoNetwork({ open }: { open: boolean }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const settings = useDevSettings(open);
  const putSettings = usePutDevSettings();
  const current = settings.data;

  return (
    <section className={styles.section} aria-labelledby="demo-network-heading">
      <h2 id="demo-network-heading" className={styles.heading}>
        {t('demo.network.heading')}
      </h2>
      {current && (
        <>
          <Field label={t('demo.network.latency', { ms: current.latencyMs })}>
            <Slider
              min={0}
              max={latencyMaxMs}
              step={latencyStepMs}
              value={current.latencyMs}
              aria-valuetext={t('demo.network.latencyValue', { ms: current.latencyMs })}
              onChange={(_, data) => putSettings.mutate({ ...current, latencyMs: data.value })}
            />
          </Field>
          <Field label={t('demo.network.failureRate')}>
            <NativeSelect
              value={String(current.failureRate)}
              onChange={(event) => putSettings.mutate({ ...current, failureRate: Number(event.target.value) })}
            >
              {failureRates.map((rate) => (
                <option key={rate} value={String(rate)}>
                  {rate === 0 ? t('demo.network.noFailures') : t('demo.network.percent', { percent: Math.round(rate * 100) })}
                </option>
              ))}
            </NativeSelect>
          </Field>
        </>
      )}
      <FormError error={putSettings.error ?? settings.error ?? undefined} />
    </section>
  );
}

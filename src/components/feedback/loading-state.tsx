import { makeStyles, tokens, useId } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'center', justifyContent: 'center', gap: tokens.spacingHorizontalS, padding: tokens.spacingVerticalM },
  spinner: {
    flexShrink: 0,
    width: '20px',
    height: '20px',
    borderRadius: tokens.borderRadiusCircular,
    border: `3px solid ${tokens.colorNeutralStroke2}`,
    borderTopColor: tokens.colorBrandStroke1,
    animationName: { from: { transform: 'rotate(0deg)' }, to: { transform: 'rotate(360deg)' } },
    animationDuration: '0.8s',
    animationIterationCount: 'infinite',
    animationTimingFunction: 'linear',
    '@media (prefers-reduced-motion: reduce)': { animationDuration: '2.4s' },
  },
  label: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase300 },
});

/** Something is on its way; announced politely. A CSS spinner keeps the shell light. */
export function LoadingState({ label }: { label?: string }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const labelId = useId('loading');
  return (
    <div role="status" aria-labelledby={labelId} className={styles.root}>
      <span aria-hidden className={styles.spinner} />
      <span id={labelId} className={styles.label}>
        {label ?? t('common.loading')}
      </span>
    </div>
  );
}

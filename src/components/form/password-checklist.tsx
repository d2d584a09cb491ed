import { makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { CheckmarkCircleFilled, CircleRegular, DismissCircleFilled } from '@fluentui/react-icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ltrInText } from '@/i18n';
import { visuallyHidden } from '../layout/visually-hidden';
import { localChecks, passwordRulesQuery, usePasswordCheck } from './password-rules-queries';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  item: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalS, overflowWrap: 'anywhere' },
  icon: { flexShrink: 0, fontSize: '20px', marginTop: '1px' },
  met: { color: tokens.colorPaletteGreenForeground1 },
  failed: { color: tokens.colorPaletteRedForeground1 },
  pending: { color: tokens.colorNeutralForeground3 },
  checking: { color: tokens.colorNeutralForeground3 },
  meter: {
    height: '6px',
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorNeutralBackground6,
    overflow: 'hidden',
  },
  fill: { height: '100%', borderRadius: tokens.borderRadiusCircular, transitionProperty: 'width', transitionDuration: tokens.durationNormal },
  weak: { backgroundColor: tokens.colorPaletteRedBackground3 },
  fair: { backgroundColor: tokens.colorPaletteDarkOrangeBackground3 },
  good: { backgroundColor: tokens.colorPaletteGreenBackground3 },
  strong: { backgroundColor: tokens.colorPaletteGreenForeground1 },
  empty: { backgroundColor: tokens.colorNeutralBackground6 },
  hidden: visuallyHidden,
});

type ItemState = 'met' | 'failed' | 'pending' | 'checking';

export interface PasswordChecklistProps {
  password: string;
  /** The reset flow that allows the check; omitted when signed in. */
  flowId?: string;
}

type Strength = 'empty' | 'weak' | 'fair' | 'good' | 'strong';
const strengthValue: Record<Strength, number> = { empty: 0, weak: 0.25, fair: 0.5, good: 0.75, strong: 1 };

/** The live rule checklist and a strength meter for a new password. */
export function PasswordChecklist({ password, flowId }: PasswordChecklistProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const rules = useQuery({ ...passwordRulesQuery(), throwOnError: false });
  const check = usePasswordCheck(password, flowId);
  if (!rules.data) return null;

  const local = localChecks(rules.data, password);
  const empty = password.length === 0;
  const banned = check.data?.violations.find((violation) => violation.code === 'banned');
  // While the server has not answered for what is typed now, say so rather than look undecided;
  // if the live check failed, the submit answers with the same rules.
  const guessState: ItemState = empty || check.isError ? 'pending' : !check.settled || !check.data ? 'checking' : banned ? 'failed' : 'met';
  const state = (met: boolean): ItemState => (empty ? 'pending' : met ? 'met' : 'failed');

  const items: { key: string; label: string; state: ItemState }[] = [
    { key: 'length', label: t('checklist.length', { min: rules.data.minLength, max: rules.data.maxLength }), state: state(local.length) },
    { key: 'classes', label: t('checklist.classes', { required: rules.data.minClasses }), state: state(local.classes) },
    {
      key: 'characters',
      label: local.invalid.length > 0
        // The symbols keep their order (and brackets their shape) on a right-to-left page.
        ? t('violations.invalid_character', { character: ltrInText(t, local.invalid.join(' ')) })
        : t('checklist.characters', { symbols: ltrInText(t, rules.data.allowedSymbols) }),
      state: state(local.characters),
    },
    { key: 'guess', label: t('checklist.notGuessable'), state: guessState },
  ];

  const required = rules.data.bannedCheck.requiredScore;
  const score = check.data?.score ?? 0;
  const allLocal = local.length && local.classes && local.characters;
  const strength: Strength = empty
    ? 'empty'
    : !allLocal || guessState === 'failed'
      ? 'weak'
      : score < required + 3
        ? 'fair'
        : score < required + 7
          ? 'good'
          : 'strong';

  return (
    <div className={styles.root}>
      <Text weight="semibold" id="password-checklist-heading">
        {t('checklist.heading')}
      </Text>
      <ul className={styles.list} aria-labelledby="password-checklist-heading">
        {items.map((item) => (
          <li key={item.key} className={styles.item}>
            {item.state === 'met' ? (
              <CheckmarkCircleFilled aria-hidden className={mergeClasses(styles.icon, styles.met)} />
            ) : item.state === 'failed' ? (
              <DismissCircleFilled aria-hidden className={mergeClasses(styles.icon, styles.failed)} />
            ) : (
              <CircleRegular aria-hidden className={mergeClasses(styles.icon, styles.pending)} />
            )}
            <Text>
              {item.label}
              {item.state === 'checking' && <span className={styles.checking}> ({t('checklist.checking')})</span>}
              {(item.state === 'met' || item.state === 'failed') && (
                <span className={styles.hidden}>
                  {' '}
                  ({item.state === 'met' ? t('checklist.met') : t('checklist.notMet')})
                </span>
              )}
            </Text>
          </li>
        ))}
      </ul>
      <div
        role="meter"
        className={styles.meter}
        aria-label={t('checklist.strength')}
        aria-valuemin={0}
        aria-valuemax={4}
        aria-valuenow={strengthValue[strength] * 4}
        aria-valuetext={t(`checklist.strengthLevels.${strength}`)}
      >
        <div className={mergeClasses(styles.fill, styles[strength])} style={{ width: `${strengthValue[strength] * 100}%` }} />
      </div>
      <Text size={200} aria-live="polite">
        {t('checklist.strength')}: {t(`checklist.strengthLevels.${strength}`)}
      </Text>
    </div>
  );
}

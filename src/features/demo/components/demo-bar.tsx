import { makeStyles, tokens } from '@fluentui/react-components';
import { ChevronDownRegular, ChevronUpRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';

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
  // Plain elements styled like Fluent's large warning Badge and small Button: this bar sits in
  // the app chunk, and Fluent's Button lives in the chunk that imports it (no chunk cycle).
  badge: {
    display: 'inline-flex',
    alignItems: 'center',
    minHeight: '24px',
    padding: `0 ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusCircular,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground1Static,
    backgroundColor: tokens.colorPaletteYellowBackground3,
  },
  notice: { flexGrow: 1, minWidth: 0, fontFamily: tokens.fontFamilyBase, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  toggle: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    minHeight: '24px',
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
});

export interface DemoBarProps {
  open: boolean;
  onToggle(): void;
}

/**
 * Demo mode only: the Demo badge and the button that opens the demo tools. It comes with the
 * first paint (the tools load after it), so it never pushes the page down once it is there.
 */
export function DemoBar({ open, onToggle }: DemoBarProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  return (
    <div className={styles.bar}>
      <span className={styles.badge}>{t('demo.badge')}</span>
      <span className={styles.notice}>{t('demo.notice')}</span>
      <button type="button" className={styles.toggle} aria-expanded={open} aria-controls="demo-tools-panel" onClick={onToggle}>
        {t('demo.open')}
        {open ? <ChevronUpRegular aria-hidden /> : <ChevronDownRegular aria-hidden />}
      </button>
    </div>
  );
}

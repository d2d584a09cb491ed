import { makeStyles, tokens, useId } from '@fluentui/react-components';
import { LocalLanguageRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { languageSchema } from '@/api';
import { languages, setLanguage, storeLanguage, toLanguage } from '@/i18n';
import { useHydrated } from '../layout/use-hydrated';
import { visuallyHidden } from '../layout/visually-hidden';

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  hidden: visuallyHidden,
  // A plain select keeps the shell light; styled with the theme's tokens.
  select: {
    minHeight: '32px',
    padding: `0 ${tokens.spacingHorizontalS}`,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
});

/** English / Nederlands; the choice is remembered on this device. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const styles = useStyles();
  const id = useId('language');
  const hydrated = useHydrated();
  return (
    <div className={styles.root}>
      <LocalLanguageRegular aria-hidden />
      <label htmlFor={id} className={styles.hidden}>
        {t('common.language')}
      </label>
      <select
        id={id}
        className={styles.select}
        value={toLanguage(i18n.language)}
        disabled={!hydrated}
        onChange={(event) => {
          const parsed = languageSchema.safeParse(event.target.value);
          if (!parsed.success) return;
          storeLanguage(parsed.data);
          void setLanguage(i18n, parsed.data);
        }}
      >
        {languages.map((language) => (
          <option key={language} value={language} lang={language}>
            {t(`common.languageNames.${language}`)}
          </option>
        ))}
      </select>
    </div>
  );
}

import { makeStyles, tokens, useId } from '@fluentui/react-components';
import { LocalLanguageRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { demoMode } from '@/api/api-client';
import { isLanguageTag, pageLanguages, setLanguage, storeLanguage, toLanguageTag } from '@/i18n';
import { themedSelect } from '../layout/themed-select';
import { useHydrated } from '../layout/use-hydrated';
import { visuallyHidden } from '../layout/visually-hidden';

const useStyles = makeStyles({
  // Its box is set before its select arrives: on a busy phone the browser painted the page when
  // it had read only the globe icon, and the box grew from 14×14 to the select's size, moving
  // itself and the header's tools (a layout shift of 0.0035–0.0072 in loaded runs). The grid's
  // second column is the select's width, there or not; the height is the select's.
  root: {
    display: 'grid',
    gridTemplateColumns: 'auto 11.75em',
    columnGap: tokens.spacingHorizontalXS,
    alignItems: 'center',
    minHeight: '32px',
    fontSize: tokens.fontSizeBase300,
  },
  hidden: visuallyHidden,
  // A plain select keeps the shell light; styled with the theme's tokens. Its width is the grid's column, not
  // the widest option's: the browser paints a prerendered page while it is still reading it, and
  // a select sized by its options grew as they arrived, moving the header's tools (a layout shift
  // of 0.0015 when a paint fell after "English"). Fits the longest name, Português (Brasil).
  select: { ...themedSelect, width: '100%' },
});

/** Each language named in itself (English, Nederlands, العربية); the choice is remembered on this device. */
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
        value={toLanguageTag(i18n.language)}
        disabled={!hydrated}
        onChange={(event) => {
          const chosen = event.target.value;
          if (!isLanguageTag(chosen)) return;
          storeLanguage(chosen);
          void setLanguage(i18n, chosen);
        }}
      >
        {pageLanguages().filter((entry) => demoMode || !entry.demoOnly).map(({ tag, name, dir }) => (
          <option key={tag} value={tag} lang={tag} dir={dir}>
            {name}
          </option>
        ))}
      </select>
    </div>
  );
}

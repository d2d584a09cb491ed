import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useState, type ReactNode } from 'react';
import { useFieldArray, useFormState, useWatch, type Control } from 'react-hook-form';
import type { PreferredLanguage } from '@/api/schemas/common';
import { FieldGroup, SelectField, TextField } from '@/components/form';
import { nativeLanguageName } from '@/i18n';
import { Section } from '@/admin/components/admin-page';
import { useAdminTranslation } from '@/admin/i18n/register';
import { emptyLabels, languages, type BrandingFormValues } from './branding-form-values';

const useStyles = makeStyles({
  // Wraps instead of squeezing: the remove button drops to its own line when the row is narrow.
  footerRow: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    alignItems: 'flex-end',
    // Each box takes its share of the row, never the input's own minimum width.
    '& .fui-Input': { width: '100%', minWidth: 0 },
  },
  footerLabel: { flex: '1 1 8rem', minWidth: 0 },
  footerUrl: { flex: '2 1 14rem', minWidth: 0 },
  // The other languages' labels: a native disclosure, closed until asked for.
  others: { flex: '1 1 100%', minWidth: 0 },
  summary: { cursor: 'pointer', paddingBlock: tokens.spacingVerticalXS, width: 'fit-content', maxWidth: '100%' },
  otherLabels: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 12rem), 1fr))',
    gap: tokens.spacingHorizontalS,
    paddingBlockStart: tokens.spacingVerticalXS,
    '& .fui-Input': { width: '100%', minWidth: 0 },
  },
});

/** The most footer links the contract takes. */
const maxFooterLinks = 8;

/** The portal's languages, each named in itself as the language switcher names it ("Deutsch", "العربية"). */
const languageOptions = languages.map((tag) => ({ value: tag, label: nativeLanguageName(tag), lang: tag }));

/** Shown with the link: the default language's label (required) and English; the others are one click away. */
function shownLanguages(defaultLanguage: PreferredLanguage): PreferredLanguage[] {
  return defaultLanguage === 'en' ? ['en'] : [defaultLanguage, 'en'];
}

export function LinksSection({ control }: { control: Control<BrandingFormValues> }) {
  const { t } = useAdminTranslation();
  const defaultLanguage = useWatch({ control, name: 'defaultLanguage' });
  const styles = useStyles();
  const footerLinks = useFieldArray({ control, name: 'footerLinks' });
  const shown = shownLanguages(defaultLanguage);
  const others = languages.filter((language) => !shown.includes(language));
  const labelField = (index: number, language: PreferredLanguage, className: string) => (
    <TextField
      key={language}
      control={control}
      name={`footerLinks.${index}.label.${language}`}
      label={t('branding.footerLabelIn', { language: nativeLanguageName(language) })}
      required={language === defaultLanguage}
      maxLength={60}
      lang={language}
      className={className}
    />
  );
  return (
    <Section title={t('branding.footerLinks')} id="branding-links">
      <TextField control={control} name="helpdeskUrl" label={t('branding.helpdeskUrl')} hint={t('branding.helpdeskUrlHint')} emptyAsNull />
      {footerLinks.fields.map((link, index) => (
        <FieldGroup key={link.id} label={t('branding.footerLink', { index: index + 1 })} hint={t('branding.footerLabelsHint', { language: nativeLanguageName(defaultLanguage) })}>
          <div className={styles.footerRow}>
            {shown.map((language) => labelField(index, language, styles.footerLabel))}
            <TextField control={control} name={`footerLinks.${index}.url`} label={t('branding.footerUrl')} className={styles.footerUrl} />
            <OtherLabels control={control} index={index} languages={others} className={styles.others}>
              {(language) => labelField(index, language, '')}
            </OtherLabels>
            <Button onClick={() => footerLinks.remove(index)}>{t('branding.removeFooterLink', { index: index + 1 })}</Button>
          </div>
        </FieldGroup>
      ))}
      {footerLinks.fields.length < maxFooterLinks && (
        <div>
          <Button onClick={() => footerLinks.append({ label: emptyLabels(), url: '' })}>{t('branding.addFooterLink')}</Button>
        </div>
      )}
      <SelectField control={control} name="defaultLanguage" label={t('branding.defaultLanguage')} options={languageOptions} />
      <TextField control={control} name="portalUrl" label={t('branding.portalUrl')} hint={t('branding.portalUrlHint')} required />
    </Section>
  );
}

/**
 * A link's labels in the languages not shown with it, behind a native `<details>`: keyboard and
 * screen readers know it as it is, and at 320 px the form stays short. Its fields mount when it
 * opens (ten fields a link, kept out of the page until asked for; their values stay in the form).
 * The summary says how many are filled in; it opens by itself when one of them has an error, so
 * the focus can reach it (react-hook-form focuses the first error once more a moment after the
 * submit).
 */
function OtherLabels(props: {
  control: Control<BrandingFormValues>;
  index: number;
  languages: readonly PreferredLanguage[];
  className: string;
  children: (language: PreferredLanguage) => ReactNode;
}) {
  const { control, index, languages: others, className, children } = props;
  const { t } = useAdminTranslation();
  const styles = useStyles();
  const labels = useWatch({ control, name: `footerLinks.${index}.label` });
  const { errors } = useFormState({ control, name: `footerLinks.${index}.label` });
  const labelErrors = errors.footerLinks?.[index]?.label;
  const hasError = others.some((language) => labelErrors?.[language] !== undefined);
  const filled = others.filter((language) => (labels?.[language] ?? '').trim() !== '').length;
  const [open, setOpen] = useState(false);
  // Opened, never closed, from here: the person closes it, not a corrected value.
  if (hasError && !open) setOpen(true);
  return (
    <details className={className} open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className={styles.summary}>{filled > 0 ? t('branding.otherLabelsFilled', { filled }) : t('branding.otherLabels')}</summary>
      {open && <div className={styles.otherLabels}>{others.map((language) => children(language))}</div>}
    </details>
  );
}

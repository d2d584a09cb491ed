import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useFieldArray, useWatch, type Control } from 'react-hook-form';
import { FieldGroup, SelectField, TextField } from '@/components/form';
import { Section } from '@/admin/components/admin-page';
import { useAdminTranslation } from '@/admin/i18n/register';
import { languages, type BrandingFormValues } from './branding-form-values';

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
});

/** The most footer links the contract takes. */
const maxFooterLinks = 8;

export function LinksSection({ control }: { control: Control<BrandingFormValues> }) {
  const { t, tApp } = useAdminTranslation();
  const defaultLanguage = useWatch({ control, name: 'defaultLanguage' });
  const styles = useStyles();
  const footerLinks = useFieldArray({ control, name: 'footerLinks' });
  return (
    <Section title={t('branding.footerLinks')} id="branding-links">
      <TextField control={control} name="helpdeskUrl" label={t('branding.helpdeskUrl')} hint={t('branding.helpdeskUrlHint')} emptyAsNull />
      {footerLinks.fields.map((link, index) => (
        <FieldGroup key={link.id} label={t('branding.footerLink', { index: index + 1 })} hint={t('branding.footerLabelsHint', { language: tApp(`common.languageNames.${defaultLanguage}`) })}>
          <div className={styles.footerRow}>
            {languages.map((language) => (
              <TextField
                key={language}
                control={control}
                name={`footerLinks.${index}.label.${language}`}
                label={t('branding.footerLabelIn', { language: tApp(`common.languageNames.${language}`) })}
                required={language === defaultLanguage}
                className={styles.footerLabel}
              />
            ))}
            <TextField control={control} name={`footerLinks.${index}.url`} label={t('branding.footerUrl')} className={styles.footerUrl} />
            <Button onClick={() => footerLinks.remove(index)}>{t('branding.removeFooterLink', { index: index + 1 })}</Button>
          </div>
        </FieldGroup>
      ))}
      {footerLinks.fields.length < maxFooterLinks && (
        <div>
          <Button onClick={() => footerLinks.append({ label: { en: '', nl: '' }, url: '' })}>{t('branding.addFooterLink')}</Button>
        </div>
      )}
      <SelectField
        control={control}
        name="defaultLanguage"
        label={t('branding.defaultLanguage')}
        options={languages.map((language) => ({ value: language, label: tApp(`common.languageNames.${language}`) }))}
      />
      <TextField control={control} name="portalUrl" label={t('branding.portalUrl')} hint={t('branding.portalUrlHint')} required />
    </Section>
  );
}

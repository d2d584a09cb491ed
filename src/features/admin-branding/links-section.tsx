import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useFieldArray, type Control } from 'react-hook-form';
import type { Branding } from '@/api/schemas/branding';
import { SelectField, TextField } from '@/components/form';
import { Section } from '@/admin/components/admin-page';
import { useAdminTranslation } from '@/admin/i18n/register';

const useStyles = makeStyles({
  // Wraps instead of squeezing: the remove button drops to its own line when the row is narrow.
  footerRow: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'flex-end' },
  footerLabel: { flex: '1 1 8rem', minWidth: 0 },
  footerUrl: { flex: '2 1 14rem', minWidth: 0 },
});

/** The most footer links the contract takes. */
const maxFooterLinks = 8;

export function LinksSection({ control }: { control: Control<Branding> }) {
  const { t } = useAdminTranslation();
  const styles = useStyles();
  const footerLinks = useFieldArray({ control, name: 'footerLinks' });
  return (
    <Section title={t('branding.footerLinks')} id="branding-links">
      <TextField control={control} name="helpdeskUrl" label={t('branding.helpdeskUrl')} hint={t('branding.helpdeskUrlHint')} emptyAsNull />
      {footerLinks.fields.map((link, index) => (
        <div key={link.id} className={styles.footerRow}>
          <TextField control={control} name={`footerLinks.${index}.label`} label={t('branding.footerLabel')} className={styles.footerLabel} />
          <TextField control={control} name={`footerLinks.${index}.url`} label={t('branding.footerUrl')} className={styles.footerUrl} />
          <Button onClick={() => footerLinks.remove(index)}>{t('branding.removeFooterLink', { index: index + 1 })}</Button>
        </div>
      ))}
      {footerLinks.fields.length < maxFooterLinks && (
        <div>
          <Button onClick={() => footerLinks.append({ label: '', url: '' })}>{t('branding.addFooterLink')}</Button>
        </div>
      )}
      <SelectField
        control={control}
        name="defaultLanguage"
        label={t('branding.defaultLanguage')}
        options={[
          { value: 'en', label: 'English' },
          { value: 'nl', label: 'Nederlands' },
        ]}
      />
      <TextField control={control} name="portalUrl" label={t('branding.portalUrl')} hint={t('branding.portalUrlHint')} required />
    </Section>
  );
}

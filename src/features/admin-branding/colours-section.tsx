import { makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import type { Control } from 'react-hook-form';
import { rampSteps, type Branding } from '@/api/schemas/branding';
import type { BrandingFormValues } from './branding-form-values';
import { contrastRatio, createLightTheme, isPaleBrand, minimumTextContrast, rampForBranding } from '@/branding';
import { Section } from '@/admin/components/admin-page';
import { useAdminTranslation } from '@/admin/i18n/register';
import { ColourField } from './colour-field';

const useStyles = makeStyles({
  ramp: { display: 'grid', gridTemplateColumns: 'repeat(16, minmax(0, 1fr))', height: '24px', borderRadius: tokens.borderRadiusMedium, overflow: 'hidden' },
  note: { color: tokens.colorNeutralForeground2 },
});

const white = '#FFFFFF';
/** Fluent's light neutral text colour: the page background must carry it. */
const lightText = '#242424';

/** The brand colour, its ramp and contrast, and the page background, checked live on `preview`. */
export function ColoursSection({ control, preview }: { control: Control<BrandingFormValues>; preview: Branding }) {
  const { t } = useAdminTranslation();
  const styles = useStyles();
  const ramp = useMemo(() => rampForBranding(preview), [preview]);
  const pale = isPaleBrand(ramp);
  const backgroundContrast = preview.background ? contrastRatio(preview.background, lightText) : null;
  return (
    <Section title={t('branding.brandColor')} id="branding-colours">
      <ColourField control={control} name="brandColor" label={t('branding.brandColor')} hint={t('branding.brandColorHint')} pickerLabel={t('branding.colorPicker')} />
      <div>
        <Text size={200} className={styles.note}>
          {t('branding.ramp')}
        </Text>
        <div className={styles.ramp} role="img" aria-label={t('branding.ramp')}>
          {rampSteps.map((step) => (
            <span key={step} style={{ backgroundColor: ramp[step] }} title={`${step}: ${ramp[step]}`} />
          ))}
        </div>
      </div>
      {pale ? (
        <MessageBar intent="warning" role="status" data-testid="pale-warning">
          <MessageBarBody>{t('branding.paleWarning', { ratio: contrastRatio(ramp[80], white).toFixed(2) })}</MessageBarBody>
        </MessageBar>
      ) : (
        <Text size={200} className={styles.note}>
          {t('branding.contrastOk', { ratio: contrastRatio(createLightTheme(ramp).colorBrandBackground, white).toFixed(2) })}
        </Text>
      )}
      <ColourField control={control} name="background" label={t('branding.background')} hint={t('branding.backgroundHint')} pickerLabel={t('branding.backgroundPicker')} />
      {backgroundContrast !== null && backgroundContrast < minimumTextContrast && (
        <MessageBar intent="warning" role="status">
          <MessageBarBody>{t('branding.backgroundWarning', { ratio: backgroundContrast.toFixed(2) })}</MessageBarBody>
        </MessageBar>
      )}
    </Section>
  );
}

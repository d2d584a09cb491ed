import {
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Text,
  tokens,
} from '@fluentui/react-components';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { Controller, useFieldArray, useForm, useWatch, type FieldPath } from 'react-hook-form';
import { isApiError, type Violation } from '@/api/problem';
import { brandingSchema, rampSteps, type Branding } from '@/api/schemas/branding';
import { FormError, formErrorMap, wordFieldError } from '@/components/form';
import { contrastRatio, createLightTheme, isPaleBrand, minimumTextContrast, rampForBranding, StaticBrandingProvider, useBranding } from '@/branding';
import { useDeleteAdminBranding } from './api/delete-admin-branding';
import { usePutAdminBranding } from './api/put-admin-branding';
import { AdminPage, Section } from '@/admin/components/admin-page';
import { fieldValidation } from '@/admin/components/field-validation';
import { describeAdminViolation, violationsFor } from '@/admin/components/violations';
import { useAdminTranslation } from '@/admin/i18n/register';
import { ImageField } from './image-field';
import { PortalPreview } from './portal-preview';
import { useAdminMay } from '@/admin/components/admin-may';

const useStyles = makeStyles({
  layout: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)',
    gap: tokens.spacingHorizontalXXL,
    alignItems: 'start',
    '@media (max-width: 1100px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  colorRow: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  colorInput: {
    width: '44px',
    height: '32px',
    padding: 0,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    cursor: 'pointer',
  },
  ramp: { display: 'grid', gridTemplateColumns: 'repeat(16, minmax(0, 1fr))', height: '24px', borderRadius: tokens.borderRadiusMedium, overflow: 'hidden' },
  // Wraps instead of squeezing: the remove button drops to its own line when the row is narrow.
  footerRow: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'flex-end' },
  footerLabel: { flex: '1 1 8rem', minWidth: 0 },
  footerUrl: { flex: '2 1 14rem', minWidth: 0 },
  fullWidth: { width: '100%', minWidth: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  preview: { position: 'sticky', top: tokens.spacingVerticalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  note: { color: tokens.colorNeutralForeground2 },
});

const white = '#FFFFFF';
/** Fluent's light neutral text colour: the page background must carry it. */
const lightText = '#242424';

export function BrandingPage() {
  const { t } = useAdminTranslation();
  const { branding, customized } = useBranding();
  // A reset or a save elsewhere reloads the form with what the portal now shows.
  const version = JSON.stringify(branding);
  const [notice, setNotice] = useState<Notice>(null);
  return (
    <AdminPage title={t('branding.heading')} intro={t('branding.intro')}>
      <Text>{customized ? t('branding.customized') : t('branding.defaults')}</Text>
      <BrandingForm key={version} initial={branding} customized={customized} notice={notice} onNotice={setNotice} />
    </AdminPage>
  );
}

type Notice = 'saved' | 'reset' | null;

function BrandingForm(props: { initial: Branding; customized: boolean; notice: Notice; onNotice: (notice: Notice) => void }) {
  const { initial, customized, notice, onNotice: setNotice } = props;
  const { t, tApp } = useAdminTranslation();
  const styles = useStyles();
  const save = usePutAdminBranding();
  const may = useAdminMay();
  const reset = useDeleteAdminBranding();
  const [serverViolations, setServerViolations] = useState<Violation[]>([]);
  const form = useForm<Branding>({ defaultValues: initial, resolver: zodResolver(brandingSchema, { error: formErrorMap }) });
  const { control, formState } = form;
  const footerLinks = useFieldArray({ control, name: 'footerLinks' });
  const watched = useWatch({ control });

  // The preview follows every keystroke, keeping the last valid branding while a value is half typed.
  const [lastValid, setLastValid] = useState<Branding>(initial);
  const parsed = brandingSchema.safeParse(watched);
  const preview = parsed.success ? parsed.data : lastValid;
  if (parsed.success && JSON.stringify(parsed.data) !== JSON.stringify(lastValid)) setLastValid(parsed.data);

  const ramp = useMemo(() => rampForBranding(preview), [preview]);
  const pale = isPaleBrand(ramp);
  const brandContrast = contrastRatio(ramp[80], white);
  const buttonColor = createLightTheme(ramp).colorBrandBackground;
  const backgroundContrast = preview.background ? contrastRatio(preview.background, lightText) : null;

  function messageFor(field: FieldPath<Branding>): string | undefined {
    const own = wordFieldError(tApp, form.getFieldState(field, formState).error?.message);
    if (own) return own;
    const found = violationsFor(serverViolations, field);
    return found.length > 0 ? found.map((violation) => describeAdminViolation(t, tApp, violation)).join(' ') : undefined;
  }

  const onSubmit = form.handleSubmit(async (values) => {
    setServerViolations([]);
    setNotice(null);
    try {
      await save.mutateAsync(values);
      setNotice('saved');
    } catch (error) {
      if (isApiError(error) && error.code === 'validation_failed') setServerViolations(error.violations);
    }
  });

  async function onReset() {
    setNotice(null);
    setServerViolations([]);
    await reset.mutateAsync().then(() => setNotice('reset')).catch(() => undefined);
  }

  const text = (name: 'organizationName' | 'portalUrl', label: string, hint?: string) => (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <Field label={label} hint={hint} required {...fieldValidation(messageFor(name))}>
          <Input value={field.value} onChange={(_, data) => field.onChange(data.value)} onBlur={field.onBlur} ref={field.ref} />
        </Field>
      )}
    />
  );

  const color = (name: 'brandColor' | 'background', label: string, hint: string, pickerLabel: string) => (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <Field label={label} hint={hint} required={name === 'brandColor'} {...fieldValidation(messageFor(name))}>
          {(fieldProps) => (
            <div className={styles.colorRow}>
              <Input
                {...fieldProps}
                value={field.value ?? ''}
                onChange={(_, data) => field.onChange(name === 'background' && data.value.trim() === '' ? null : data.value.trim())}
                onBlur={field.onBlur}
                ref={field.ref}
              />
              <input
                type="color"
                aria-label={pickerLabel}
                className={styles.colorInput}
                value={/^#[0-9a-fA-F]{6}$/.test(field.value ?? '') ? (field.value ?? '#ffffff').toLowerCase() : '#ffffff'}
                onChange={(event) => field.onChange(event.target.value.toUpperCase())}
              />
            </div>
          )}
        </Field>
      )}
    />
  );

  const image = (name: 'logo.light' | 'logo.dark' | 'favicon', label: string, onDark = false) => (
    <Controller
      control={control}
      name={name}
      render={({ field }) => <ImageField label={label} value={field.value} onChange={field.onChange} message={messageFor(name)} onDark={onDark} />}
    />
  );

  return (
    <div className={styles.layout}>
      <form className={styles.form} onSubmit={(event) => void onSubmit(event)} noValidate>
        <Section title={t('branding.organizationName')} id="branding-identity">
          {text('organizationName', t('branding.organizationName'))}
          {image('logo.light', t('branding.logoLight'))}
          {image('logo.dark', t('branding.logoDark'), true)}
          {image('favicon', t('branding.favicon'))}
        </Section>
        <Section title={t('branding.brandColor')} id="branding-colours">
          {color('brandColor', t('branding.brandColor'), t('branding.brandColorHint'), t('branding.colorPicker'))}
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
              <MessageBarBody>{t('branding.paleWarning', { ratio: brandContrast.toFixed(2) })}</MessageBarBody>
            </MessageBar>
          ) : (
            <Text size={200} className={styles.note}>
              {t('branding.contrastOk', { ratio: contrastRatio(buttonColor, white).toFixed(2) })}
            </Text>
          )}
          {color('background', t('branding.background'), t('branding.backgroundHint'), t('branding.backgroundPicker'))}
          {backgroundContrast !== null && backgroundContrast < minimumTextContrast && (
            <MessageBar intent="warning" role="status">
              <MessageBarBody>{t('branding.backgroundWarning', { ratio: backgroundContrast.toFixed(2) })}</MessageBarBody>
            </MessageBar>
          )}
        </Section>
        <Section title={t('branding.footerLinks')} id="branding-links">
          <Controller
            control={control}
            name="helpdeskUrl"
            render={({ field }) => (
              <Field
                label={t('branding.helpdeskUrl')}
                hint={t('branding.helpdeskUrlHint')}
                {...fieldValidation(messageFor('helpdeskUrl'))}
              >
                <Input value={field.value ?? ''} onChange={(_, data) => field.onChange(data.value.trim() === '' ? null : data.value)} onBlur={field.onBlur} ref={field.ref} />
              </Field>
            )}
          />
          {footerLinks.fields.map((link, index) => (
            <div key={link.id} className={styles.footerRow}>
              <Controller
                control={control}
                name={`footerLinks.${index}.label`}
                render={({ field }) => (
                  <Field className={styles.footerLabel} label={t('branding.footerLabel')} {...fieldValidation(messageFor(`footerLinks.${index}.label`))}>
                    <Input className={styles.fullWidth} value={field.value} onChange={(_, data) => field.onChange(data.value)} onBlur={field.onBlur} ref={field.ref} />
                  </Field>
                )}
              />
              <Controller
                control={control}
                name={`footerLinks.${index}.url`}
                render={({ field }) => (
                  <Field className={styles.footerUrl} label={t('branding.footerUrl')} {...fieldValidation(messageFor(`footerLinks.${index}.url`))}>
                    <Input className={styles.fullWidth} value={field.value} onChange={(_, data) => field.onChange(data.value)} onBlur={field.onBlur} ref={field.ref} />
                  </Field>
                )}
              />
              <Button onClick={() => footerLinks.remove(index)}>{t('branding.removeFooterLink', { index: index + 1 })}</Button>
            </div>
          ))}
          {footerLinks.fields.length < 8 && (
            <div>
              <Button onClick={() => footerLinks.append({ label: '', url: '' })}>{t('branding.addFooterLink')}</Button>
            </div>
          )}
          <Controller
            control={control}
            name="defaultLanguage"
            render={({ field }) => (
              <Field label={t('branding.defaultLanguage')}>
                <Select value={field.value} onChange={(_, data) => field.onChange(data.value === 'nl' ? 'nl' : 'en')} ref={field.ref}>
                  <option value="en">English</option>
                  <option value="nl">Nederlands</option>
                </Select>
              </Field>
            )}
          />
          {text('portalUrl', t('branding.portalUrl'), t('branding.portalUrlHint'))}
        </Section>
        {serverViolations.length > 0 && (
          <MessageBar intent="error" role="alert">
            <MessageBarBody>{t('common.errorsOnForm', { count: serverViolations.length })}</MessageBarBody>
          </MessageBar>
        )}
        {save.isError && !(isApiError(save.error) && save.error.code === 'validation_failed') && <FormError error={save.error} />}
        {reset.isError && <FormError error={reset.error} />}
        {notice && (
          <MessageBar intent="success" role="status">
            <MessageBarBody>{notice === 'saved' ? t('branding.saved') : t('branding.resetDone')}</MessageBarBody>
          </MessageBar>
        )}
        <div className={styles.actions}>
          {may('changeBranding') && (
            <>
              <Button type="submit" appearance="primary" disabled={save.isPending}>
                {save.isPending ? t('common.saving') : t('branding.save')}
              </Button>
              <Button onClick={() => void onReset()} disabled={!customized || reset.isPending}>
                {t('branding.reset')}
              </Button>
            </>
          )}
        </div>
      </form>
      <section className={styles.preview} aria-labelledby="branding-preview-heading">
        <h2 id="branding-preview-heading">{t('branding.preview')}</h2>
        <Text size={200} className={styles.note}>
          {t('branding.previewNote')}
        </Text>
        <StaticBrandingProvider branding={preview}>
          <PortalPreview />
        </StaticBrandingProvider>
      </section>
    </div>
  );
}

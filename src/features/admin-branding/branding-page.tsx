import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useForm, useWatch, type Path } from 'react-hook-form';
import { isApiError } from '@/api/problem';
import type { Branding } from '@/api/schemas/branding';
import { formResolver, FormError, FormStatus, TextField, useServerViolations } from '@/components/form';
import { StaticBrandingProvider, useBranding } from '@/branding';
import { useAdminMay } from '@/admin/components/admin-may';
import { AdminPage, Section } from '@/admin/components/admin-page';
import { useAdminViolationWords } from '@/admin/components/violations';
import { useAdminTranslation } from '@/admin/i18n/register';
import { useDeleteAdminBranding } from './api/delete-admin-branding';
import { usePutAdminBranding } from './api/put-admin-branding';
import { brandingFormSchema, fromFormValues, languages, toFormValues, type BrandingFormValues } from './branding-form-values';
import { ColoursSection } from './colours-section';
import { ImageField } from './image-field';
import { LinksSection } from './links-section';
import { PortalPreview } from './portal-preview';

const useStyles = makeStyles({
  layout: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)',
    gap: tokens.spacingHorizontalXXL,
    alignItems: 'start',
    '@media (max-width: 1100px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  preview: { position: 'sticky', top: tokens.spacingVerticalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  note: { color: tokens.colorNeutralForeground2 },
});

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

/** The fields a violation may name: every field of the form, footer links included. */
function brandingFields(values: BrandingFormValues): Path<BrandingFormValues>[] {
  const links = values.footerLinks.flatMap((_, index) => [...languages.map((language) => `footerLinks.${index}.label.${language}` as const), `footerLinks.${index}.url` as const]);
  return ['organizationName', 'logo.light', 'logo.dark', 'favicon', 'brandColor', 'background', 'helpdeskUrl', ...links, 'defaultLanguage', 'portalUrl'];
}

/** The preview follows every keystroke, keeping the last valid branding while a value is half typed. */
function useLivePreview(watched: unknown, initial: Branding): Branding {
  const [lastValid, setLastValid] = useState<Branding>(initial);
  const parsed = brandingFormSchema.safeParse(watched);
  const branding = parsed.success ? fromFormValues(parsed.data) : lastValid;
  if (parsed.success && JSON.stringify(branding) !== JSON.stringify(lastValid)) setLastValid(branding);
  return branding;
}

function BrandingForm(props: { initial: Branding; customized: boolean; notice: Notice; onNotice: (notice: Notice) => void }) {
  const { initial, customized, notice, onNotice: setNotice } = props;
  const { t } = useAdminTranslation();
  const styles = useStyles();
  const save = usePutAdminBranding();
  const may = useAdminMay();
  const reset = useDeleteAdminBranding();
  const form = useForm<BrandingFormValues>({ defaultValues: toFormValues(initial), resolver: formResolver(brandingFormSchema) });
  const { control } = form;
  const preview = useLivePreview(useWatch({ control }), initial);
  const violations = useServerViolations(form, { fields: brandingFields(form.getValues()), describe: useAdminViolationWords() });

  const onSubmit = form.handleSubmit(async (values) => {
    violations.clear();
    setNotice(null);
    await save.mutateAsync(fromFormValues(values)).then(
      () => setNotice('saved'),
      (error: unknown) => violations.apply(error),
    );
  });

  async function onReset() {
    setNotice(null);
    violations.clear();
    await reset.mutateAsync().then(() => setNotice('reset')).catch(() => undefined);
  }

  return (
    <div className={styles.layout}>
      <form className={styles.form} onSubmit={(event) => void onSubmit(event)} noValidate>
        <Section title={t('branding.organizationName')} id="branding-identity">
          <TextField control={control} name="organizationName" label={t('branding.organizationName')} required />
          <ImageField control={control} name="logo.light" label={t('branding.logoLight')} />
          <ImageField control={control} name="logo.dark" label={t('branding.logoDark')} onDark />
          <ImageField control={control} name="favicon" label={t('branding.favicon')} />
        </Section>
        <ColoursSection control={control} preview={preview} />
        <LinksSection control={control} />
        {violations.count > 0 && <FormStatus intent="error" focus={false}>{t('common.errorsOnForm', { count: violations.count })}</FormStatus>}
        {save.isError && !(isApiError(save.error) && save.error.code === 'validation_failed') && <FormError error={save.error} />}
        {reset.isError && <FormError error={reset.error} />}
        {notice && <FormStatus intent="success">{notice === 'saved' ? t('branding.saved') : t('branding.resetDone')}</FormStatus>}
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

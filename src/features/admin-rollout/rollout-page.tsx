import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useQuery } from '@tanstack/react-query';
import QRCode from 'qrcode';
import { useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import { useForm, useWatch } from 'react-hook-form';
import type { MessageLanguage } from '@/api/schemas/common';
import { useBranding } from '@/branding';
import { RadioField, SelectField } from '@/components/form';
import { announcementDir, announcementLanguageOptions, announcementTexts, defaultAnnouncementLanguage, fillIn } from '@/admin/announcement-texts';
import { AdminPage, Section } from '@/admin/components/admin-page';
import { useElementWidth } from '@/admin/components/use-element-width';
import { useAdminTranslation } from '@/admin/i18n/register';
import { buildAnnouncement, logoAsDataUrl } from './announcement';
import { EmailSection } from './email-section';
import { Poster, posterPrintCss, posterWidthPx, type PosterLayout, type PosterText } from './poster';

const useStyles = makeStyles({
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  posterPreview: {
    overflow: 'auto',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    maxHeight: '520px',
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  posterScale: { width: 'fit-content', marginInline: 'auto' },
  choices: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL, alignItems: 'flex-start' },
});

/** The languages people receive the kit in: the e-mail's (and the poster's first) and the poster's second. */
export interface KitLanguages {
  language: MessageLanguage;
  second: MessageLanguage | null;
  layout: PosterLayout;
}


function formatDeadline(deadline: string, language: string): string {
  const date = new Date(`${deadline}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? deadline : new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

function posterText(language: MessageLanguage, deadline: string): PosterText {
  const dir = announcementDir(language);
  const poster = announcementTexts[language].poster;
  return { lang: language, dir, ...poster, register: fillIn(poster.register, { deadline: formatDeadline(deadline, language) }, dir) };
}

function isoDatePlusDays(days: number): string {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function fileSlug(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'portal'
  );
}

/** The logo inlined (so the e-mail loads nothing) and the QR code of the portal's address. */
function useRolloutImages(logoUrl: string | null, portalUrl: string) {
  const logo = useQuery({
    queryKey: ['admin', 'rollout', 'logo', logoUrl],
    queryFn: () => logoAsDataUrl(logoUrl),
    staleTime: Number.POSITIVE_INFINITY,
  });
  const qrCode = useQuery({
    queryKey: ['admin', 'rollout', 'qr', portalUrl],
    queryFn: async () => {
      const svg = await QRCode.toString(portalUrl, {
        type: 'svg',
        margin: 1,
        errorCorrectionLevel: 'M',
        color: { dark: '#000000', light: '#FFFFFF' },
      });
      return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
    },
    staleTime: Number.POSITIVE_INFINITY,
  });
  return { logo, qrCode };
}

export function RolloutPage() {
  const { t } = useAdminTranslation();
  const styles = useStyles();
  const { branding, themes } = useBranding();
  const [deadline, setDeadline] = useState(isoDatePlusDays(14));
  const choices = useForm<KitLanguages>({
    defaultValues: { language: defaultAnnouncementLanguage(branding.defaultLanguage), second: null, layout: 'sideBySide' },
  });
  const { control } = choices;
  const [language, second, layout] = useWatch({ control, name: ['language', 'second', 'layout'] });
  const { ref: previewRef, width: previewWidth } = useElementWidth(posterWidthPx / 2);

  const { logo, qrCode } = useRolloutImages(branding.logo.light, branding.portalUrl);

  const deadlineText = useMemo(() => formatDeadline(deadline, language), [deadline, language]);

  const announcement = useMemo(
    () =>
      buildAnnouncement({
        language,
        organizationName: branding.organizationName,
        portalUrl: branding.portalUrl,
        buttonColor: themes.light.colorBrandBackground,
        logoDataUrl: logo.data ?? null,
        deadline: deadlineText,
      }),
    [
      language,
      branding.organizationName,
      branding.portalUrl,
      themes.light.colorBrandBackground,
      logo.data,
      deadlineText,
    ],
  );

  const first = announcementTexts[language];
  const bilingual = second !== null && second !== language;
  const poster = (
    <Poster
      organizationName={branding.organizationName}
      logo={logo.data ?? branding.logo.light}
      portalUrl={branding.portalUrl}
      brandColor={themes.light.colorBrandBackground}
      qrCode={qrCode.data ?? null}
      texts={bilingual ? [posterText(language, deadline), posterText(second, deadline)] : [posterText(language, deadline)]}
      layout={layout}
      qrAlt={fillIn(first.qrAlt, { url: branding.portalUrl })}
      logoAlt={fillIn(first.email.logoAlt, { organization: branding.organizationName })}
    />
  );

  return (
    <AdminPage title={t('rollout.heading')} intro={t('rollout.intro')}>
      <EmailSection
        announcement={announcement}
        slug={fileSlug(branding.organizationName)}
        deadline={deadline}
        onDeadline={setDeadline}
        languageField={
          <SelectField control={control} name="language" label={t('rollout.language')} options={announcementLanguageOptions} />
        }
      />

      <Section title={t('rollout.posterHeading')}>
        <Text as="p" block>
          {t('rollout.posterIntro')}
        </Text>
        <div className={styles.choices}>
          <SelectField
            control={control}
            name="second"
            label={t('rollout.posterSecondLanguage')}
            hint={t('rollout.posterSecondHint')}
            placeholder={t('rollout.posterSecondNone')}
            options={announcementLanguageOptions.filter((option) => option.value !== language)}
          />
          {bilingual && (
            <RadioField
              control={control}
              name="layout"
              label={t('rollout.posterLayout')}
              options={(['sideBySide', 'stacked'] as const).map((value) => ({ value, label: t(`rollout.posterLayouts.${value}`) }))}
            />
          )}
        </div>
        <div className={styles.actions}>
          <Button appearance="primary" onClick={() => window.print()}>
            {t('rollout.print')}
          </Button>
        </div>
        <div
          ref={previewRef}
          className={styles.posterPreview}
          aria-hidden="true"
          data-testid="poster-preview"
        >
          {/* Half size on a desktop, smaller where that does not fit; `zoom` so the page takes the room it shows in. */}
          <div className={styles.posterScale} style={{ zoom: Math.min(0.5, previewWidth / posterWidthPx) }}>
            {poster}
          </div>
        </div>
      </Section>
      {createPortal(
        <div data-print-poster="">
          <style>{posterPrintCss}</style>
          {poster}
        </div>,
        document.body,
      )}
    </AdminPage>
  );
}

import {
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Text,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useQuery } from '@tanstack/react-query';
import QRCode from 'qrcode';
import { useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import { languageSchema, type Language } from '@/api/schemas/common';
import { z } from 'zod/mini';
import { useBranding } from '@/branding';
import { AdminPage, Section } from '@/admin/components/admin-page';
import { useElementWidth } from '@/admin/components/use-element-width';
import { copyToClipboard, downloadText } from '@/admin/components/download';
import { NativeSelect } from '@/components/form';
import { adminNamespace, useAdminTranslation } from '@/admin/i18n/register';
import { buildAnnouncement, buildEml, logoAsDataUrl } from './announcement';
import { Poster, posterPrintCss, posterWidthPx } from './poster';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL, alignItems: 'flex-end' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  iframe: {
    width: '100%',
    height: '640px',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  text: { fontFamily: tokens.fontFamilyMonospace },
  posterPreview: {
    overflow: 'auto',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    maxHeight: '520px',
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  posterScale: { width: 'fit-content', marginInline: 'auto' },
});

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

export function RolloutPage() {
  const { t, i18n } = useAdminTranslation();
  const styles = useStyles();
  const { branding, themes } = useBranding();
  const [deadline, setDeadline] = useState(isoDatePlusDays(14));
  const [language, setLanguage] = useState<Language>(branding.defaultLanguage);
  const [copied, setCopied] = useState<'html' | 'text' | 'failed' | null>(null);
  const { ref: previewRef, width: previewWidth } = useElementWidth(posterWidthPx / 2);

  const logo = useQuery({
    queryKey: ['admin', 'rollout', 'logo', branding.logo.light],
    queryFn: () => logoAsDataUrl(branding.logo.light),
    staleTime: Number.POSITIVE_INFINITY,
  });
  const qrCode = useQuery({
    queryKey: ['admin', 'rollout', 'qr', branding.portalUrl],
    queryFn: async () => {
      const svg = await QRCode.toString(branding.portalUrl, {
        type: 'svg',
        margin: 1,
        errorCorrectionLevel: 'M',
        color: { dark: '#000000', light: '#FFFFFF' },
      });
      return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
    },
    staleTime: Number.POSITIVE_INFINITY,
  });

  const emailT = useMemo(() => i18n.getFixedT(language, adminNamespace), [i18n, language]);
  const deadlineText = useMemo(() => {
    const date = new Date(`${deadline}T00:00:00Z`);
    return Number.isNaN(date.getTime())
      ? deadline
      : new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
  }, [deadline, language]);

  const announcement = useMemo(
    () =>
      buildAnnouncement({
        t: emailT,
        language,
        organizationName: branding.organizationName,
        portalUrl: branding.portalUrl,
        buttonColor: themes.light.colorBrandBackground,
        logoDataUrl: logo.data ?? null,
        deadline: deadlineText,
      }),
    [
      emailT,
      language,
      branding.organizationName,
      branding.portalUrl,
      themes.light.colorBrandBackground,
      logo.data,
      deadlineText,
    ],
  );
  const slug = fileSlug(branding.organizationName);

  async function copy(kind: 'html' | 'text') {
    const ok =
      kind === 'html'
        ? await copyToClipboard(announcement.html, announcement.html)
        : await copyToClipboard(announcement.text);
    setCopied(ok ? kind : 'failed');
  }

  const posterLabels = {
    heading: emailT('rollout.poster.heading'),
    subheading: emailT('rollout.poster.subheading'),
    scan: emailT('rollout.poster.scan'),
    register: emailT('rollout.poster.register', { deadline: deadlineText }),
    qrAlt: emailT('rollout.qrAlt', { url: branding.portalUrl }),
    logoAlt: emailT('rollout.email.logoAlt', { organization: branding.organizationName }),
  };
  const poster = (
    <Poster
      organizationName={branding.organizationName}
      logo={logo.data ?? branding.logo.light}
      portalUrl={branding.portalUrl}
      brandColor={themes.light.colorBrandBackground}
      qrCode={qrCode.data ?? null}
      labels={posterLabels}
    />
  );

  return (
    <AdminPage title={t('rollout.heading')} intro={t('rollout.intro')}>
      <Section title={t('rollout.emailHeading')}>
        <div className={styles.row}>
          <Field label={t('rollout.deadline')} hint={t('rollout.deadlineHint')}>
            <Input
              type="date"
              value={deadline}
              onChange={(_, data) => data.value && setDeadline(data.value)}
            />
          </Field>
          <Field label={t('rollout.language')}>
            <NativeSelect
              value={language}
              onChange={(event) => setLanguage(z.catch(languageSchema, 'en').parse(event.target.value))}
            >
              <option value="en">English</option>
              <option value="nl">Nederlands</option>
            </NativeSelect>
          </Field>
        </div>
        <Field label={t('rollout.subjectLabel')}>
          <Input value={announcement.subject} readOnly />
        </Field>
        <iframe
          className={styles.iframe}
          title={t('rollout.preview')}
          sandbox=""
          srcDoc={announcement.html}
        />
        <div className={styles.actions}>
          <Button onClick={() => void copy('html')}>{t('rollout.copyHtml')}</Button>
          <Button onClick={() => void copy('text')}>{t('rollout.copyText')}</Button>
          <Button
            onClick={() =>
              downloadText(`announcement-${slug}.html`, announcement.html, 'text/html;charset=utf-8')
            }
          >
            {t('rollout.downloadHtml')}
          </Button>
          <Button
            appearance="primary"
            onClick={() => downloadText(`announcement-${slug}.eml`, buildEml(announcement), 'message/rfc822')}
          >
            {t('rollout.downloadEml')}
          </Button>
        </div>
        {copied && (
          <MessageBar intent={copied === 'failed' ? 'warning' : 'success'} role="status">
            <MessageBarBody>
              {copied === 'failed' ? t('rollout.copyFailed') : t('rollout.copied')}
            </MessageBarBody>
          </MessageBar>
        )}
        <Field label={t('rollout.text')}>
          <Textarea className={styles.text} value={announcement.text} readOnly rows={14} resize="vertical" />
        </Field>
      </Section>

      <Section title={t('rollout.posterHeading')}>
        <Text as="p" block>
          {t('rollout.posterIntro')}
        </Text>
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

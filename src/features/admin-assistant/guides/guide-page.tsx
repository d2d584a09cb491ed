import { Button, Field, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useQuery } from '@tanstack/react-query';
import QRCode from 'qrcode';
import { useMemo, useRef, useState } from 'react';
import { languageSchema, type Language } from '@/api/schemas/common';
import { useBranding } from '@/branding';
import { ErrorState, LoadingState } from '@/components/feedback';
import { NativeSelect } from '@/components/form';
import { PageHeading, PortalLink, useDocumentTitle } from '@/components/layout';
import { usePolicy } from '@/admin/api/get-policy';
import { adminKeys } from '@/admin/api/keys';
import { useAdminTranslation } from '@/admin/i18n/register';
import { buildHelpdeskGuide, buildUserGuide } from './guide-html';

export type GuideKind = 'user' | 'helpdesk';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0, maxWidth: '960px' },
  intro: { color: tokens.colorNeutralForeground2, maxWidth: '72ch' },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'flex-end' },
  download: {
    display: 'inline-flex',
    alignItems: 'center',
    minHeight: '32px',
    padding: `0 ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    textDecorationLine: 'none',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  preview: {
    width: '100%',
    height: '760px',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: '#ffffff',
  },
});

/** A training guide from this organisation's policy and branding, as a print-ready page and a download. */
export function GuidePage({ kind }: { kind: GuideKind }) {
  const { t, i18n } = useAdminTranslation();
  const styles = useStyles();
  const { branding, themes } = useBranding();
  const [language, setLanguage] = useState<Language>(
    // The guides come in English and Dutch: the console's language, else the organisation's, else English.
    () => languageSchema.safeParse(i18n.resolvedLanguage).data ?? languageSchema.safeParse(branding.defaultLanguage).data ?? 'en',
  );
  const frame = useRef<HTMLIFrameElement>(null);
  const policy = usePolicy();
  const qrCode = useQuery({
    queryKey: [...adminKeys.all, 'guides', 'qr', branding.portalUrl],
    queryFn: async () => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(await QRCode.toString(branding.portalUrl, { type: 'svg', margin: 1 }))}`,
    staleTime: Number.POSITIVE_INFINITY,
  });
  const title = t(`assistant.guides.${kind}.pageTitle`);
  useDocumentTitle(title);

  const html = useMemo(() => {
    if (!policy.data || !qrCode.data) return null;
    const input = {
      t: i18n.getFixedT(language, 'admin'),
      language,
      organization: branding.organizationName,
      url: branding.portalUrl,
      brandColor: themes.light.colorBrandBackground,
      qrCode: qrCode.data,
      policy: policy.data,
    };
    return kind === 'user' ? buildUserGuide(input) : buildHelpdeskGuide(input);
  }, [branding, i18n, kind, language, policy.data, qrCode.data, themes]);
  const fileName = `${kind === 'user' ? 'user-guide' : 'helpdesk-guide'}-${language}.html`;

  return (
    <div className={styles.page}>
      <PageHeading>{title}</PageHeading>
      <Text as="p" block className={styles.intro}>
        {t(`assistant.guides.${kind}.pageIntro`)}
      </Text>
      <p>
        <PortalLink to="/admin/rollout">{t('assistant.guides.back')}</PortalLink>
      </p>
      <div className={styles.row}>
        <Field label={t('assistant.guides.language')}>
          <NativeSelect value={language} onChange={(event) => setLanguage(languageSchema.safeParse(event.target.value).data ?? language)}>
            <option value="en">English</option>
            <option value="nl">Nederlands</option>
          </NativeSelect>
        </Field>
        <Button appearance="primary" disabledFocusable={!html} onClick={() => frame.current?.contentWindow?.print()}>
          {t('assistant.guides.print')}
        </Button>
        {html && (
          <a className={styles.download} href={`data:text/html;charset=utf-8,${encodeURIComponent(html)}`} download={fileName}>
            {t('assistant.guides.download')}
          </a>
        )}
      </div>
      {(policy.isPending || qrCode.isPending) && <LoadingState />}
      {policy.isError && <ErrorState error={policy.error} onRetry={() => void policy.refetch()} />}
      {html && <iframe ref={frame} className={styles.preview} title={t('assistant.guides.preview', { title })} srcDoc={html} />}
    </div>
  );
}

import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod/mini';
import type { SecurityInfo } from '@/api';
import { formResolver, CodeField, FormActions, isCodeProblem, requiredText, useCodeProblems } from '@/components/form';
import { ErrorState, LoadingState } from '@/components/feedback';
import { PageHeading, useFormStyles } from '@/components/layout';
import { useCompleteApp } from '../api/complete-app';
import { useStartAppVerification } from '../api/start-app-verification';

const codeSchema = z.object({ code: z.pipe(requiredText(), z.string().check(z.maxLength(20))) });
type CodeForm = z.input<typeof codeSchema>;

const useStyles = makeStyles({
  qr: { width: '200px', height: '200px', borderRadius: tokens.borderRadiusMedium },
  secret: {
    fontFamily: tokens.fontFamilyMonospace,
    overflowWrap: 'anywhere',
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
  },
});

/** The QR code library loads only here, when someone adds an app. */
function useQrDataUrl(text: string | undefined): string | null {
  const [dataUrl, setDataUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!text) return;
    let cancelled = false;
    void import('qrcode').then(async (qrcode) => {
      // SVG needs no canvas and stays sharp at any zoom.
      const svg = await qrcode.toString(text, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
      if (!cancelled) setDataUrl(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
    });
    return () => {
      cancelled = true;
    };
  }, [text]);
  return dataUrl;
}

export interface AppEditorProps {
  title: string;
  onSaved(info: SecurityInfo): void;
  onCancel(): void;
}

/** Authenticator app: scan the QR code (or type the key), then prove it with one code. */
export function AppEditor({ title, onSaved, onCancel }: AppEditorProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const formStyles = useFormStyles();
  const start = useStartAppVerification();
  const complete = useCompleteApp();
  const form = useForm<CodeForm>({ resolver: formResolver(codeSchema), defaultValues: { code: '' } });
  const codeProblem = useCodeProblems(form, 'code');
  const { mutate: startMutate } = start;
  useEffect(() => startMutate(), [startMutate]);
  const qr = useQrDataUrl(start.data?.otpauthUri);

  const onSubmit = form.handleSubmit(({ code }) => {
    if (!start.data) return;
    complete.mutate(
      { verificationId: start.data.verificationId, code: code.replace(/\s+/g, '') },
      { onSuccess: onSaved, onError: (error) => codeProblem.apply(error) },
    );
  });

  return (
    <form className={formStyles} onSubmit={(event) => void onSubmit(event)} noValidate>
      <PageHeading level={2}>{title}</PageHeading>
      {start.isPending && <LoadingState />}
      {start.isError && <ErrorState error={start.error} onRetry={() => startMutate()} />}
      {start.data && (
        <>
          <Text as="p">{t('securityInfo.appStep1')}</Text>
          {qr ? <img src={qr} alt={t('securityInfo.appQrAlt')} className={styles.qr} /> : <LoadingState />}
          <Text as="p">{t('securityInfo.appCantScan')}</Text>
          <Text as="p" className={styles.secret}>
            {start.data.secret}
          </Text>
          <Text as="p">{t('securityInfo.appStep2')}</Text>
          <CodeField control={form.control} name="code" label={t('securityInfo.codeLabel')} codeLength={6} required />
        </>
      )}
      <FormActions
        error={complete.isError && !isCodeProblem(complete.error) ? complete.error : undefined}
        submit={t('reset.verify')}
        pending={!start.data || complete.isPending}
        others={[{ label: t('common.cancel'), onClick: onCancel, appearance: 'subtle' }]}
      />
    </form>
  );
}

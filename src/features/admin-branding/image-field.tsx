import { Button, Field, Input, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useId, useRef, useState } from 'react';
import { visuallyHidden } from '@/components/layout';
import { fieldValidation } from '@/admin/components/field-validation';
import { useAdminTranslation } from '@/admin/i18n/register';

/** The contract's limit for an image reference, in characters. */
const maxDataUrlLength = 200_000;

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  input: { flexGrow: 1, minWidth: '200px' },
  hiddenInput: visuallyHidden,
  thumb: {
    height: '32px',
    maxWidth: '120px',
    objectFit: 'contain',
    padding: tokens.spacingHorizontalXXS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusSmall,
    // A light logo is shown on white, a dark one on dark grey, whatever the admin's own theme.
    backgroundColor: tokens.colorNeutralForegroundStaticInverted,
  },
  dark: { backgroundColor: tokens.colorNeutralBackgroundStatic },
});

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

/** An image reference: an https address, a same-origin path, or an uploaded file as a data URL. */
export function ImageField(props: {
  label: string;
  value: string | null;
  onChange: (value: string | null) => void;
  message: string | undefined;
  onDark?: boolean;
}) {
  const { t } = useAdminTranslation();
  const styles = useStyles();
  const fileId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [uploadError, setUploadError] = useState<string | undefined>(undefined);
  const message = props.message ?? uploadError;
  const uploaded = props.value?.startsWith('data:') ?? false;

  async function onFile(file: File | undefined) {
    if (!file) return;
    const dataUrl = await readAsDataUrl(file).catch(() => '');
    if (dataUrl.length === 0 || dataUrl.length > maxDataUrlLength) {
      setUploadError(t('branding.uploadTooLarge'));
      return;
    }
    setUploadError(undefined);
    props.onChange(dataUrl);
  }

  return (
    <Field label={props.label} hint={t('branding.imageHint')} {...fieldValidation(message)}>
      {(fieldProps) => (
        <div className={styles.row}>
          <Input
            {...fieldProps}
            className={styles.input}
            value={uploaded ? '' : (props.value ?? '')}
            placeholder={uploaded ? t('branding.uploaded') : undefined}
            onChange={(_, data) => props.onChange(data.value.trim() === '' ? null : data.value)}
          />
          {props.value && <img src={props.value} alt="" className={mergeClasses(styles.thumb, props.onDark && styles.dark)} />}
          <input
            id={fileId}
            ref={fileInput}
            type="file"
            accept="image/png,image/jpeg,image/webp,image/svg+xml"
            className={styles.hiddenInput}
            tabIndex={-1}
            aria-hidden="true"
            onChange={(event) => void onFile(event.target.files?.[0])}
          />
          <Button onClick={() => fileInput.current?.click()}>{t('branding.upload', { what: props.label })}</Button>
          {props.value && <Button onClick={() => props.onChange(null)}>{t('branding.remove', { what: props.label })}</Button>}
        </div>
      )}
    </Field>
  );
}

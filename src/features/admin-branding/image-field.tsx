import { Button, Field, Input, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useId, useRef, useState } from 'react';
import { visuallyHidden } from '@/components/layout';
import type { FieldValues } from 'react-hook-form';
import { useKitField, type KitFieldProps } from '@/components/form';
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
export function ImageField<T extends FieldValues>({ control, name, label, onDark }: KitFieldProps<T> & { onDark?: boolean }) {
  const { t } = useAdminTranslation();
  const { value: fieldValue, onChange, onBlur, ref, message: fieldMessage } = useKitField(control, name);
  const value: string | null = typeof fieldValue === 'string' ? (fieldValue as string) : null;
  const styles = useStyles();
  const fileId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [uploadError, setUploadError] = useState<string | undefined>(undefined);
  const message = fieldMessage ?? uploadError;
  const uploaded = value?.startsWith('data:') ?? false;

  async function onFile(file: File | undefined) {
    if (!file) return;
    const dataUrl = await readAsDataUrl(file).catch(() => '');
    if (dataUrl.length === 0 || dataUrl.length > maxDataUrlLength) {
      setUploadError(t('branding.uploadTooLarge'));
      return;
    }
    setUploadError(undefined);
    onChange(dataUrl);
  }

  return (
    <Field label={label} hint={t('branding.imageHint')} validationMessage={message} validationState={message ? 'error' : 'none'}>
      {(fieldProps) => (
        <div className={styles.row}>
          <Input
            {...fieldProps}
            className={styles.input}
            value={uploaded ? '' : (value ?? '')}
            placeholder={uploaded ? t('branding.uploaded') : undefined}
            onChange={(_, data) => onChange(data.value.trim() === '' ? null : data.value)}
            onBlur={onBlur}
            ref={ref}
          />
          {value && <img src={value} alt="" className={mergeClasses(styles.thumb, onDark && styles.dark)} />}
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
          <Button onClick={() => fileInput.current?.click()}>{t('branding.upload', { what: label })}</Button>
          {value && <Button onClick={() => onChange(null)}>{t('branding.remove', { what: label })}</Button>}
        </div>
      )}
    </Field>
  );
}

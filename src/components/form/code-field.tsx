import type { FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TextField, type TextFieldProps } from './text-field';

export type CodeFieldProps<T extends FieldValues> = Omit<TextFieldProps<T>, 'type' | 'autoComplete' | 'inputMode' | 'pattern' | 'maxLength' | 'hint'> & {
  /** Digits the code has (8 by e-mail, 6 otherwise); unknown for decoys is fine. */
  codeLength?: number;
  hint?: string;
};

/** A one-time code: the phone offers the code from the message and a numeric keyboard. */
export function CodeField<T extends FieldValues>({ codeLength, hint, ...props }: CodeFieldProps<T>) {
  const { t } = useTranslation();
  return (
    <TextField
      {...props}
      hint={hint ?? (codeLength ? t('reset.codeHint', { length: codeLength }) : undefined)}
      type="text"
      autoComplete="one-time-code"
      inputMode="numeric"
      pattern="[0-9]*"
      maxLength={codeLength ?? 10}
    />
  );
}

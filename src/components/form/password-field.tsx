import { Button } from '@fluentui/react-components';
import { EyeOffRegular, EyeRegular } from '@fluentui/react-icons';
import { memo, useState } from 'react';
import type { FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TextField, type TextFieldProps } from './text-field';

export type PasswordFieldProps<T extends FieldValues> = Omit<TextFieldProps<T>, 'type' | 'contentAfter' | 'inputMode' | 'pattern'> & {
  autoComplete: 'current-password' | 'new-password';
};

function PasswordTextField<T extends FieldValues>(props: PasswordFieldProps<T>) {
  const { t } = useTranslation();
  const [visible, setVisible] = useState(false);
  return (
    <TextField
      {...props}
      type={visible ? 'text' : 'password'}
      contentAfter={
        <Button
          type="button"
          appearance="transparent"
          size="small"
          icon={visible ? <EyeOffRegular /> : <EyeRegular />}
          aria-label={visible ? t('common.hidePassword') : t('common.showPassword')}
          aria-pressed={visible}
          onClick={() => setVisible((shown) => !shown)}
        />
      }
    />
  );
}

/** A password input with a show / hide toggle. Memoized, as `TextField` is (its toggle is a new element on every render). */
export const PasswordField = memo(PasswordTextField) as typeof PasswordTextField;

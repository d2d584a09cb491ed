import { Field, Input, type InputProps } from '@fluentui/react-components';
import { useController, type Control, type FieldValues, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { wordFieldError } from './form-messages';

export interface TextFieldProps<T extends FieldValues> {
  control: Control<T>;
  name: Path<T>;
  label: string;
  hint?: string;
  required?: boolean;
  type?: InputProps['type'];
  autoComplete?: string;
  inputMode?: InputProps['inputMode'];
  pattern?: string;
  maxLength?: number;
  contentAfter?: InputProps['contentAfter'];
  disabled?: boolean;
}

/** A Fluent Field bound to react-hook-form: errors are announced and set aria-invalid. */
export function TextField<T extends FieldValues>({
  control,
  name,
  label,
  hint,
  required,
  type = 'text',
  autoComplete,
  inputMode,
  pattern,
  maxLength,
  contentAfter,
  disabled,
}: TextFieldProps<T>) {
  const { t } = useTranslation();
  const {
    field: { name: fieldName, value, onChange, onBlur, ref },
    fieldState: { error },
  } = useController({ control, name });
  const message = wordFieldError(t, error?.message);
  return (
    <Field
      label={label}
      hint={hint}
      required={required}
      validationState={message ? 'error' : 'none'}
      validationMessage={message}
    >
      <Input
        name={fieldName}
        value={typeof value === 'string' ? value : ''}
        onChange={(_, data) => onChange(data.value)}
        onBlur={onBlur}
        ref={ref}
        type={type}
        autoComplete={autoComplete}
        inputMode={inputMode}
        pattern={pattern}
        maxLength={maxLength}
        contentAfter={contentAfter}
        disabled={disabled}
        // User IDs, e-mail addresses, phone numbers and codes read left to right in any language.
        dir={type === 'email' || type === 'tel' || inputMode === 'numeric' ? 'ltr' : undefined}
      />
    </Field>
  );
}

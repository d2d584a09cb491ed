import { Field, Switch } from '@fluentui/react-components';
import type { FieldValues } from 'react-hook-form';
import { useKitField, type KitFieldProps } from './use-kit-field';

/** An on/off setting. */
export function SwitchField<T extends FieldValues>({ control, name, label, hint, disabled, className }: KitFieldProps<T>) {
  const { value: fieldValue, onChange, onBlur, ref, validation } = useKitField(control, name);
  return (
    <Field hint={hint} className={className} {...validation}>
      <Switch label={label} checked={fieldValue === true} onChange={(_, data) => onChange(data.checked)} onBlur={onBlur} ref={ref} disabled={disabled} />
    </Field>
  );
}

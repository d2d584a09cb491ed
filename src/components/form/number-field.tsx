import { Field, Input } from '@fluentui/react-components';
import type { FieldValues } from 'react-hook-form';
import { useKitField, type KitFieldProps } from './use-kit-field';

export interface NumberFieldProps<T extends FieldValues> extends KitFieldProps<T> {
  min?: number;
  max?: number;
}

/** A whole number; an emptied field holds NaN, which the form's schema words as required. */
export function NumberField<T extends FieldValues>({ control, name, label, hint, required, disabled, className, min, max }: NumberFieldProps<T>) {
  const { fieldName, value: fieldValue, onChange, onBlur, ref, validation } = useKitField(control, name);
  return (
    <Field label={label} hint={hint} required={required} className={className} {...validation}>
      <Input
        type="number"
        inputMode="numeric"
        name={fieldName}
        min={min}
        max={max}
        disabled={disabled}
        value={Number.isFinite(fieldValue) ? String(fieldValue) : ''}
        onChange={(_, data) => onChange(data.value === '' ? Number.NaN : Number(data.value))}
        onBlur={onBlur}
        ref={ref}
      />
    </Field>
  );
}

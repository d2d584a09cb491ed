import { Field, Textarea } from '@fluentui/react-components';
import type { FieldValues } from 'react-hook-form';
import { useKitField, type KitFieldProps } from './use-kit-field';

/** A list edited one item a line; `cleanLines` drops the empty lines that exist while typing. */
export function LinesField<T extends FieldValues>({ control, name, label, hint, required, disabled, className }: KitFieldProps<T>) {
  const { fieldName, value: fieldValue, onChange, onBlur, ref, validation } = useKitField(control, name);
  const lines: readonly string[] = Array.isArray(fieldValue) ? fieldValue : [];
  return (
    <Field label={label} hint={hint} required={required} className={className} {...validation}>
      <Textarea
        name={fieldName}
        value={lines.join('\n')}
        onChange={(_, data) => onChange(data.value.split('\n'))}
        onBlur={onBlur}
        ref={ref}
        disabled={disabled}
        resize="vertical"
        rows={5}
      />
    </Field>
  );
}

export function cleanLines(lines: readonly string[]): string[] {
  return lines.map((line) => line.trim()).filter((line) => line.length > 0);
}

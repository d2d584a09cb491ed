import { Checkbox } from '@fluentui/react-components';
import type { FieldValues } from 'react-hook-form';
import { FieldGroup } from './field-group';
import type { SelectOption } from './native-select';
import { useKitField, type KitFieldProps } from './use-kit-field';

export interface CheckboxGroupFieldProps<T extends FieldValues> extends KitFieldProps<T> {
  options: readonly SelectOption[];
  /** Shown while the options are on their way (a query still loading). */
  pending?: React.ReactNode;
}

/** Several choices from a list, stored as the chosen values in the list's order. */
export function CheckboxGroupField<T extends FieldValues>({ control, name, label, hint, disabled, options, pending }: CheckboxGroupFieldProps<T>) {
  const { value: fieldValue, onChange, ref, message } = useKitField(control, name);
  const chosen: readonly string[] = Array.isArray(fieldValue) ? fieldValue : [];
  const toggle = (value: string, checked: boolean) =>
    onChange(checked ? options.map((option) => option.value).filter((candidate) => candidate === value || chosen.includes(candidate)) : chosen.filter((candidate) => candidate !== value));
  return (
    <FieldGroup label={label} hint={hint} message={message}>
      {pending}
      {options.map((option, index) => (
        <Checkbox
          key={option.value}
          label={option.label}
          checked={chosen.includes(option.value)}
          disabled={disabled}
          onChange={(_, data) => toggle(option.value, data.checked === true)}
          ref={index === 0 ? ref : undefined}
        />
      ))}
    </FieldGroup>
  );
}

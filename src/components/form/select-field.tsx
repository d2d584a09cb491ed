import { Field } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { FieldValues } from 'react-hook-form';
import { NativeSelect, type SelectOption } from './native-select';
import { useKitField, type KitFieldProps } from './use-kit-field';

export interface SelectFieldProps<T extends FieldValues> extends KitFieldProps<T> {
  options: readonly SelectOption[];
  /** A first option meaning "none": choosing it stores null (or '' with `emptyAs: ''`). */
  placeholder?: string;
  emptyAs?: null | '';
  /** More choices after `options`, e.g. an `<optgroup>`. */
  children?: ReactNode;
}

/** One choice from a list, in the browser's own select (the kit's one way to write a select). */
export function SelectField<T extends FieldValues>(props: SelectFieldProps<T>) {
  const { control, name, label, hint, required, disabled, className, options, placeholder, emptyAs = null, children } = props;
  const { fieldName, value: fieldValue, onChange, onBlur, ref, validation } = useKitField(control, name);
  const value = typeof fieldValue === 'string' ? fieldValue : '';
  // A value the list does not know (yet) stays visible rather than silently changing.
  const known = value === '' || options.some((option) => option.value === value);
  return (
    <Field label={label} hint={hint} required={required} className={className} {...validation}>
      <NativeSelect
        name={fieldName}
        value={value}
        disabled={disabled}
        onChange={(event) => onChange(placeholder !== undefined && event.target.value === '' ? emptyAs : event.target.value)}
        onBlur={onBlur}
        ref={ref}
        options={options}
        placeholder={placeholder}
      >
        {children}
        {!known && !children && <option value={value}>{value}</option>}
      </NativeSelect>
    </Field>
  );
}

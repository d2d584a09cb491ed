import { Field, Input, type InputProps } from '@fluentui/react-components';
import { memo, useEffect } from 'react';
import type { FieldValues } from 'react-hook-form';
import { takeTypedField } from './typed-before-takeover';
import { useKitField, type KitFieldProps } from './use-kit-field';

export interface TextFieldProps<T extends FieldValues> extends KitFieldProps<T> {
  type?: InputProps['type'];
  autoComplete?: string;
  inputMode?: InputProps['inputMode'];
  pattern?: string;
  maxLength?: number;
  contentAfter?: InputProps['contentAfter'];
  /** An emptied field holds null instead of '' (optional values of the contract). */
  emptyAsNull?: boolean;
  /** The label's language when it is not the page's (text the server wrote in another language): marked, and read in its own direction. */
  labelLang?: string;
  /** The value's language when it is not the page's (a text the admin writes in a given language); passed to the input as it is. */
  lang?: string;
}

function BoundTextField<T extends FieldValues>({ control, name, label, labelLang, hint, required, className, emptyAsNull, ...input }: TextFieldProps<T>) {
  const { fieldName, value: fieldValue, onChange, onBlur, ref, validation } = useKitField(control, name);
  // Typed into the prerendered page before the app took it over: the form gets it (once).
  useEffect(() => {
    const typed = takeTypedField(fieldName);
    if (typed) onChange(typed);
  }, [fieldName, onChange]);
  return (
    <Field label={labelLang ? { children: label, lang: labelLang, dir: 'auto' } : label} hint={hint} required={required} className={className} {...validation}>
      <Input
        {...input}
        type={input.type ?? 'text'}
        name={fieldName}
        value={typeof fieldValue === 'string' ? fieldValue : ''}
        onChange={(_, data) => onChange(emptyAsNull && data.value.trim() === '' ? null : data.value)}
        onBlur={onBlur}
        ref={ref}
        // User IDs, e-mail addresses, phone numbers and codes read left to right in any language.
        dir={input.type === 'email' || input.type === 'tel' || input.inputMode === 'numeric' ? 'ltr' : undefined}
      />
    </Field>
  );
}

/**
 * A Fluent Field bound to react-hook-form: errors are announced and set aria-invalid.
 *
 * Memoized: the field follows its own value and error (its controller subscribes to them), so it
 * renders again only when its props change. react-hook-form renders the whole form once when it
 * mounts (`isReady`), synchronously; on a prerendered page that came right after the takeover, in
 * one task with every field's Fluent parts (issue 9). (`memo` drops the generic parameter; the cast
 * gives it back, and the props are the same.)
 */
export const TextField = memo(BoundTextField) as typeof BoundTextField;

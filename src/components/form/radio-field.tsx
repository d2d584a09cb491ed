import { Field, makeStyles, Radio, RadioGroup } from '@fluentui/react-components';
import type { FieldValues } from 'react-hook-form';
import type { SelectOption } from './native-select';
import { useKitField, type KitFieldProps } from './use-kit-field';

export interface RadioFieldProps<T extends FieldValues> extends KitFieldProps<T> {
  options: readonly SelectOption[];
  layout?: 'vertical' | 'horizontal';
  /** The stored value from the option's (a number field passes `Number`). */
  parse?: (value: string) => unknown;
}

const useStyles = makeStyles({
  // Side by side while they fit; longer labels (German, French) wrap at 320 px instead of scrolling.
  wrap: { flexWrap: 'wrap' },
});

/** One choice from a few, all in view. */
export function RadioField<T extends FieldValues>({ control, name, label, hint, required, disabled, className, options, layout, parse }: RadioFieldProps<T>) {
  const { value: fieldValue, onChange, onBlur, ref, validation } = useKitField(control, name);
  const styles = useStyles();
  return (
    <Field label={label} hint={hint} required={required} className={className} {...validation}>
      <RadioGroup value={String(fieldValue)} onChange={(_, data) => onChange(parse ? parse(data.value) : data.value)} layout={layout} disabled={disabled} className={layout === 'horizontal' ? styles.wrap : undefined}>
        {options.map((option, index) => (
          <Radio key={option.value} value={option.value} label={option.label} ref={index === 0 ? ref : undefined} onBlur={onBlur} />
        ))}
      </RadioGroup>
    </Field>
  );
}

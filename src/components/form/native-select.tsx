import { makeStyles, mergeClasses, tokens, useFieldControlProps_unstable } from '@fluentui/react-components';
import type { ComponentProps } from 'react';
import { themedSelect } from '../layout/themed-select';

const useStyles = makeStyles({
  select: {
    ...themedSelect,
    width: '100%',
    maxWidth: '100%',
    boxSizing: 'border-box',
    textOverflow: 'ellipsis',
    ':hover': { border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1Hover}` },
  },
});

export interface SelectOption {
  value: string;
  label: string;
  /** The label's language when it differs from the page's (a language named in itself). */
  lang?: string;
}

export type NativeSelectProps = ComponentProps<'select'> & {
  /** The choices, in order; `children` may add more after them. */
  options?: readonly SelectOption[];
  /** A first choice with the value '' ("any", "pick one"). */
  placeholder?: string;
};

/**
 * The browser's own select in the theme's colours: the native picker is the best one on a
 * phone, and it is lighter than Fluent's Select. Inside a Fluent Field it gets the field's id,
 * label and validation attributes like any input. The kit's `SelectField` binds it to a form;
 * filters outside a form use it directly: the one way to write a select.
 */
export function NativeSelect({ className, options, placeholder, children, ...props }: NativeSelectProps) {
  const styles = useStyles();
  const fieldProps = useFieldControlProps_unstable(props, { supportsLabelFor: true, supportsRequired: true });
  return (
    <select {...fieldProps} className={mergeClasses(styles.select, className)}>
      {placeholder !== undefined && <option value="">{placeholder}</option>}
      {options?.map((option) => (
        <option key={option.value} value={option.value} lang={option.lang}>
          {option.label}
        </option>
      ))}
      {children}
    </select>
  );
}

import { makeStyles, mergeClasses, tokens, useFieldControlProps_unstable } from '@fluentui/react-components';
import type { SelectHTMLAttributes } from 'react';
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

/**
 * The browser's own select in the theme's colours: the native picker is the best one on a
 * phone, and it is lighter than Fluent's Select. Inside a Fluent Field it gets the field's id,
 * label and validation attributes like any input.
 */
export function NativeSelect({ className, ...props }: SelectHTMLAttributes<HTMLSelectElement>) {
  const styles = useStyles();
  const fieldProps = useFieldControlProps_unstable(props, { supportsLabelFor: true, supportsRequired: true });
  return <select {...fieldProps} className={mergeClasses(styles.select, className)} />;
}

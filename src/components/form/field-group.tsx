import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { ErrorCircle12Filled } from '@fluentui/react-icons';
import { useId, type ReactNode } from 'react';

const useStyles = makeStyles({
  fieldset: { border: 'none', margin: 0, padding: 0, minWidth: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS, fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground1 },
  hint: { color: tokens.colorNeutralForeground3, maxWidth: '72ch' },
  error: { color: tokens.colorPaletteRedForeground1, display: 'flex', gap: tokens.spacingHorizontalXS, alignItems: 'baseline' },
  options: { display: 'flex', flexDirection: 'column' },
});

/** A group of checkboxes under one label: a fieldset whose legend, hint and error are announced. */
export function FieldGroup({ label, hint, message, children }: { label: string; hint?: string; message?: string; children: ReactNode }) {
  const styles = useStyles();
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : null, message ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset className={styles.fieldset} aria-describedby={describedBy}>
      <legend className={styles.legend}>{label}</legend>
      <div className={styles.options}>{children}</div>
      {message && (
        <Text id={`${id}-error`} size={200} className={styles.error}>
          <ErrorCircle12Filled aria-hidden="true" />
          {message}
        </Text>
      )}
      {hint && (
        <Text id={`${id}-hint`} size={200} className={styles.hint}>
          {hint}
        </Text>
      )}
    </fieldset>
  );
}

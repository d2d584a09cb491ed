import { Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import type { Control } from 'react-hook-form';
import { useKitField } from '@/components/form';
import type { BrandingFormValues } from './branding-form-values';

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  picker: {
    width: '44px',
    height: '32px',
    padding: 0,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    cursor: 'pointer',
  },
});

/** A hex colour typed or picked; the optional background stores null when emptied. */
export function ColourField(props: { control: Control<BrandingFormValues>; name: 'brandColor' | 'background'; label: string; hint: string; pickerLabel: string }) {
  const styles = useStyles();
  const { value: fieldValue, onChange, onBlur, ref, validation } = useKitField(props.control, props.name);
  const optional = props.name === 'background';
  const value = typeof fieldValue === 'string' ? fieldValue : '';
  return (
    <Field label={props.label} hint={props.hint} required={!optional} {...validation}>
      {(fieldProps) => (
        <div className={styles.row}>
          <Input
            {...fieldProps}
            value={value}
            onChange={(_, data) => onChange(optional && data.value.trim() === '' ? null : data.value.trim())}
            onBlur={onBlur}
            ref={ref}
          />
          <input
            type="color"
            aria-label={props.pickerLabel}
            className={styles.picker}
            value={/^#[0-9a-fA-F]{6}$/.test(value) ? value.toLowerCase() : '#ffffff'}
            onChange={(event) => onChange(event.target.value.toUpperCase())}
          />
        </div>
      )}
    </Field>
  );
}

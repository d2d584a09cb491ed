import { Field, Input, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { fieldValidation } from '@/components/form';
import { useAdminTranslation } from '../i18n/register';

export type DateRange = { from?: string; to?: string };

const useStyles = makeStyles({
  range: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'flex-end' },
  hint: { color: tokens.colorNeutralForeground2, paddingBottom: tokens.spacingVerticalS },
});

/** `from` after `to` is the one mistake a date pair can make. */
export function isRangeValid(range: DateRange): boolean {
  return !range.from || !range.to || range.from <= range.to;
}

/** Two native date inputs (keyboard friendly, localised by the browser); empty means the last 30 days. */
export function DateRangeFields({ value, onChange }: { value: DateRange; onChange: (range: DateRange) => void }) {
  const { t } = useAdminTranslation();
  const styles = useStyles();
  const hintId = useId();
  const invalid = !isRangeValid(value);
  return (
    <div className={styles.range}>
      <Field label={t('common.from')} {...fieldValidation(invalid ? t('common.rangeInvalid') : undefined)}>
        <Input type="date" value={value.from ?? ''} aria-describedby={hintId} onChange={(_, data) => onChange({ ...value, from: data.value || undefined })} />
      </Field>
      <Field label={t('common.to')}>
        <Input type="date" value={value.to ?? ''} aria-describedby={hintId} onChange={(_, data) => onChange({ ...value, to: data.value || undefined })} />
      </Field>
      <Text id={hintId} size={200} className={styles.hint}>
        {t('common.rangeHint')}
      </Text>
    </div>
  );
}

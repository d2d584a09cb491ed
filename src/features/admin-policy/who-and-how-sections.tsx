import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useWatch, type Control } from 'react-hook-form';
import { policyLimits, policyMethods, type Policy } from '@/api/schemas/policy';
import { CheckboxGroupField, LinesField, NumberField, RadioField, SelectField } from '@/components/form';
import { useGroups } from '@/admin/api/list-groups';
import { Section } from '@/admin/components/admin-page';
import { useAdminTranslation } from '@/admin/i18n/register';

export const usePolicySectionStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXL, '& > *': { flexBasis: '240px', flexGrow: 1 } },
  note: { color: tokens.colorNeutralForeground2, maxWidth: '72ch' },
});

type SectionProps = { control: Control<Policy> };

export function ScopeSection({ control }: SectionProps) {
  const { t } = useAdminTranslation();
  const groups = useGroups();
  const enablement = useWatch({ control, name: 'enablement' });
  return (
    <Section title={t('policy.sections.scope')}>
      <RadioField
        control={control}
        name="enablement"
        label={t('policy.enablement')}
        layout="horizontal"
        options={(['none', 'selected', 'all'] as const).map((option) => ({ value: option, label: t(`policy.enablementOptions.${option}`) }))}
      />
      {enablement === 'selected' && (
        <SelectField
          control={control}
          name="groupId"
          label={t('policy.group')}
          hint={t('policy.groupHint')}
          placeholder={t('policy.groupPlaceholder')}
          options={(groups.data ?? []).map((group) => ({ value: group.id, label: group.name }))}
        />
      )}
    </Section>
  );
}

export function MethodsSection({ control }: SectionProps) {
  const { t } = useAdminTranslation();
  const styles = usePolicySectionStyles();
  return (
    <Section title={t('policy.sections.methods')}>
      <RadioField
        control={control}
        name="methodsRequired"
        label={t('policy.methodsRequired')}
        hint={t('policy.methodsRequiredHint')}
        layout="horizontal"
        parse={Number}
        options={[
          { value: '1', label: '1' },
          { value: '2', label: '2' },
        ]}
      />
      <CheckboxGroupField
        control={control}
        name="methodsAllowed"
        label={t('policy.methodsAllowed')}
        hint={t('policy.appRule')}
        options={policyMethods.map((method) => ({ value: method, label: t(`policy.methods.${method}`) }))}
      />
      <Text as="p" block className={styles.note}>
        {t('policy.adminPolicyNote')}
      </Text>
    </Section>
  );
}

export function QuestionsSection({ control }: SectionProps) {
  const { t } = useAdminTranslation();
  const styles = usePolicySectionStyles();
  const methodsAllowed = useWatch({ control, name: 'methodsAllowed' });
  const { questionsMin: min, questionsMax: max, customQuestionsMax, customQuestionLength: length } = policyLimits;
  return (
    <Section title={t('policy.sections.questions')}>
      {!methodsAllowed.includes('securityQuestions') && (
        <Text as="p" block className={styles.note}>
          {t('policy.questionsUnused')}
        </Text>
      )}
      <div className={styles.row}>
        {(['registerCount', 'resetCount'] as const).map((count) => (
          <NumberField key={count} control={control} name={`questions.${count}`} label={t(`policy.${count}`)} hint={t('policy.countHint', { min, max })} min={min} max={max} />
        ))}
      </div>
      <LinesField
        control={control}
        name="questions.custom"
        label={t('policy.customQuestions')}
        hint={t('policy.customQuestionsHint', { max: customQuestionsMax, min: length.min, maxLength: length.max })}
      />
    </Section>
  );
}

import type { Control } from 'react-hook-form';
import { useWatch } from 'react-hook-form';
import { policyLimits, type Policy } from '@/api/schemas/policy';
import { LinesField, NumberField, RadioField, SwitchField, TextField } from '@/components/form';
import { Section } from '@/admin/components/admin-page';
import { useAdminTranslation } from '@/admin/i18n/register';

type SectionProps = { control: Control<Policy> };

export function RegistrationSection({ control }: SectionProps) {
  const { t } = useAdminTranslation();
  const { min, max } = policyLimits.reconfirmDays;
  return (
    <Section title={t('policy.sections.registration')}>
      <SwitchField control={control} name="requireRegistrationOnSignIn" label={t('policy.requireRegistration')} />
      <NumberField control={control} name="reconfirmDays" label={t('policy.reconfirmDays')} hint={t('policy.reconfirmHint', { min, max })} min={min} max={max} />
    </Section>
  );
}

export function NotificationsSection({ control }: SectionProps) {
  const { t } = useAdminTranslation();
  const helpdeskMode = useWatch({ control, name: 'helpdesk.mode' });
  return (
    <Section title={t('policy.sections.notifications')}>
      <SwitchField control={control} name="notifyUserOnReset" label={t('policy.notifyUser')} />
      <SwitchField control={control} name="notifyAdminsOnAdminReset" label={t('policy.notifyAdmins')} />
      <RadioField
        control={control}
        name="helpdesk.mode"
        label={t('policy.helpdeskMode')}
        options={(['default', 'custom'] as const).map((mode) => ({ value: mode, label: t(`policy.helpdeskOptions.${mode}`) }))}
      />
      {helpdeskMode === 'custom' && (
        <TextField control={control} name="helpdesk.contact" label={t('policy.helpdeskContact')} hint={t('policy.helpdeskContactHint')} />
      )}
    </Section>
  );
}

export function OnPremisesSection({ control }: SectionProps) {
  const { t } = useAdminTranslation();
  return (
    <Section title={t('policy.sections.onPremises')}>
      <SwitchField control={control} name="onPremises.writeback" label={t('policy.writeback')} />
      <SwitchField control={control} name="onPremises.allowUnlock" label={t('policy.allowUnlock')} />
    </Section>
  );
}

export function PasswordsSection({ control }: SectionProps) {
  const { t } = useAdminTranslation();
  const { bannedTermsMax: max, bannedTermLength: length } = policyLimits;
  return (
    <Section title={t('policy.sections.passwords')}>
      <SwitchField control={control} name="bannedPasswords.enforceCustom" label={t('policy.enforceCustom')} />
      <LinesField
        control={control}
        name="bannedPasswords.custom"
        label={t('policy.bannedTerms')}
        hint={t('policy.bannedTermsHint', { max, min: length.min, maxLength: length.max })}
      />
    </Section>
  );
}

export function ProtectionSection({ control }: SectionProps) {
  const { t } = useAdminTranslation();
  return (
    <Section title={t('policy.sections.protection')}>
      <SwitchField control={control} name="captcha" label={t('policy.captcha')} />
      <SwitchField control={control} name="enumerationProtection" label={t('policy.enumerationProtection')} />
    </Section>
  );
}

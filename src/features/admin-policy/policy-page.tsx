import {
  Button,
  Checkbox,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  Switch,
  Text,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Controller, useForm, useWatch, type Control, type FieldPath } from 'react-hook-form';
import { isApiError, type Violation } from '@/api/problem';
import { policyLimits, policyMethods, policySchema, type Policy } from '@/api/schemas/policy';
import { ErrorState, LoadingState } from '@/components/feedback';
import { FormError, formErrorMap, wordFieldError } from '@/components/form';
import { useGroups } from '@/admin/api/list-groups';
import { usePolicy } from '@/admin/api/get-policy';
import { usePutPolicy } from './api/put-policy';
import { AdminPage, Section } from '@/admin/components/admin-page';
import { FieldGroup } from '@/admin/components/field-group';
import { fieldValidation } from '@/admin/components/field-validation';
import { describeAdminViolation, itemIndex, violationsFor } from '@/admin/components/violations';
import { useAdminTranslation } from '@/admin/i18n/register';
import { useAdminMay } from '@/admin/components/admin-may';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '880px' },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXL, '& > *': { flexBasis: '240px', flexGrow: 1 } },
  note: { color: tokens.colorNeutralForeground2, maxWidth: '72ch' },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
    alignItems: 'center',
    position: 'sticky',
    bottom: 0,
    padding: `${tokens.spacingVerticalM} 0`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
});

/** Lists are edited one item a line; empty lines only exist while typing. */
function cleanLines(lines: readonly string[]): string[] {
  return lines.map((line) => line.trim()).filter((line) => line.length > 0);
}

export function PolicyPage() {
  const { t } = useAdminTranslation();
  const policy = usePolicy();
  return (
    <AdminPage title={t('policy.heading')} intro={t('policy.intro')}>
      {policy.isPending ? (
        <LoadingState />
      ) : policy.isError ? (
        <ErrorState error={policy.error} onRetry={() => void policy.refetch()} />
      ) : (
        <PolicyForm policy={policy.data} />
      )}
    </AdminPage>
  );
}

function PolicyForm({ policy }: { policy: Policy }) {
  const { t, tApp } = useAdminTranslation();
  const styles = useStyles();
  const groups = useGroups();
  const save = usePutPolicy();
  const may = useAdminMay();
  const [serverViolations, setServerViolations] = useState<Violation[]>([]);
  const [submitted, setSubmitted] = useState<Policy | null>(null);
  const form = useForm<Policy>({
    defaultValues: policy,
    resolver: zodResolver(policySchema, { error: formErrorMap }),
  });
  const { control, handleSubmit, formState } = form;
  const [enablement, methodsAllowed, helpdeskMode] = useWatch({ control, name: ['enablement', 'methodsAllowed', 'helpdesk.mode'] });
  const questionsAllowed = methodsAllowed.includes('securityQuestions');

  /** The words under one field: the form's own check first, then the server's violations. */
  function messageFor(field: FieldPath<Policy>, listValues?: readonly string[]): string | undefined {
    const own = wordFieldError(tApp, form.getFieldState(field, formState).error?.message);
    if (own) return own;
    const found = violationsFor(serverViolations, field);
    if (found.length === 0) return undefined;
    return found
      .map((violation) => {
        const message = describeAdminViolation(t, tApp, violation);
        const index = itemIndex(violation, field);
        const value = index === null ? undefined : listValues?.[index];
        return value === undefined ? message : t('violations.item', { value, message });
      })
      .join(' ');
  }

  const onSubmit = handleSubmit(async (values) => {
    const cleaned: Policy = {
      ...values,
      groupId: values.enablement === 'selected' ? values.groupId : values.groupId || null,
      questions: { ...values.questions, custom: cleanLines(values.questions.custom) },
      helpdesk: { mode: values.helpdesk.mode, contact: values.helpdesk.contact?.trim() ? values.helpdesk.contact.trim() : null },
      bannedPasswords: { ...values.bannedPasswords, custom: cleanLines(values.bannedPasswords.custom) },
    };
    setServerViolations([]);
    setSubmitted(cleaned);
    try {
      const saved = await save.mutateAsync(cleaned);
      form.reset(saved);
    } catch (error) {
      if (isApiError(error) && error.code === 'validation_failed') setServerViolations(error.violations);
    }
  });

  const linesHint = (key: 'policy.customQuestionsHint' | 'policy.bannedTermsHint', max: number, length: { min: number; max: number }) =>
    t(key, { max, min: length.min, maxLength: length.max });

  return (
    <form className={styles.form} onSubmit={(event) => void onSubmit(event)} noValidate>
      <Section title={t('policy.sections.scope')}>
        <Controller
          control={control}
          name="enablement"
          render={({ field }) => (
            <Field label={t('policy.enablement')} {...fieldValidation(messageFor('enablement'))}>
              <RadioGroup value={field.value} onChange={(_, data) => field.onChange(data.value)} layout="horizontal">
                {(['none', 'selected', 'all'] as const).map((option) => (
                  <Radio key={option} value={option} label={t(`policy.enablementOptions.${option}`)} />
                ))}
              </RadioGroup>
            </Field>
          )}
        />
        {enablement === 'selected' && (
          <Controller
            control={control}
            name="groupId"
            render={({ field }) => (
              <Field
                label={t('policy.group')}
                hint={t('policy.groupHint')}
                {...fieldValidation(messageFor('groupId'))}
              >
                <Select value={field.value ?? ''} onChange={(_, data) => field.onChange(data.value || null)} onBlur={field.onBlur} ref={field.ref}>
                  <option value="">{t('policy.groupPlaceholder')}</option>
                  {(groups.data ?? []).map((group) => (
                    <option key={group.id} value={group.id}>
                      {group.name}
                    </option>
                  ))}
                  {field.value && groups.data && !groups.data.some((group) => group.id === field.value) && <option value={field.value}>{field.value}</option>}
                </Select>
              </Field>
            )}
          />
        )}
      </Section>

      <Section title={t('policy.sections.methods')}>
        <Controller
          control={control}
          name="methodsRequired"
          render={({ field }) => (
            <Field
              label={t('policy.methodsRequired')}
              hint={t('policy.methodsRequiredHint')}
              {...fieldValidation(messageFor('methodsRequired'))}
            >
              <RadioGroup value={String(field.value)} onChange={(_, data) => field.onChange(Number(data.value))} layout="horizontal">
                <Radio value="1" label="1" />
                <Radio value="2" label="2" />
              </RadioGroup>
            </Field>
          )}
        />
        <Controller
          control={control}
          name="methodsAllowed"
          render={({ field }) => (
            <FieldGroup label={t('policy.methodsAllowed')} hint={t('policy.appRule')} message={messageFor('methodsAllowed')}>
              {policyMethods.map((method) => (
                <Checkbox
                  key={method}
                  label={t(`policy.methods.${method}`)}
                  checked={field.value.includes(method)}
                  onChange={(_, data) =>
                    field.onChange(data.checked ? policyMethods.filter((m) => m === method || field.value.includes(m)) : field.value.filter((m) => m !== method))
                  }
                />
              ))}
            </FieldGroup>
          )}
        />
        <Text as="p" block className={styles.note}>
          {t('policy.adminPolicyNote')}
        </Text>
      </Section>

      <Section title={t('policy.sections.questions')}>
        {!questionsAllowed && (
          <Text as="p" block className={styles.note}>
            {t('policy.questionsUnused')}
          </Text>
        )}
        <div className={styles.row}>
          {(['registerCount', 'resetCount'] as const).map((count) => (
            <NumberField
              key={count}
              control={control}
              name={`questions.${count}`}
              label={t(`policy.${count}`)}
              hint={t('policy.countHint', { min: policyLimits.questionsMin, max: policyLimits.questionsMax })}
              min={policyLimits.questionsMin}
              max={policyLimits.questionsMax}
              message={messageFor(`questions.${count}`)}
            />
          ))}
        </div>
        <LinesField
          control={control}
          name="questions.custom"
          label={t('policy.customQuestions')}
          hint={linesHint('policy.customQuestionsHint', policyLimits.customQuestionsMax, policyLimits.customQuestionLength)}
          message={messageFor('questions.custom', submitted?.questions.custom)}
        />
      </Section>

      <Section title={t('policy.sections.registration')}>
        <SwitchField control={control} name="requireRegistrationOnSignIn" label={t('policy.requireRegistration')} />
        <NumberField
          control={control}
          name="reconfirmDays"
          label={t('policy.reconfirmDays')}
          hint={t('policy.reconfirmHint', { min: policyLimits.reconfirmDays.min, max: policyLimits.reconfirmDays.max })}
          min={policyLimits.reconfirmDays.min}
          max={policyLimits.reconfirmDays.max}
          message={messageFor('reconfirmDays')}
        />
      </Section>

      <Section title={t('policy.sections.notifications')}>
        <SwitchField control={control} name="notifyUserOnReset" label={t('policy.notifyUser')} />
        <SwitchField control={control} name="notifyAdminsOnAdminReset" label={t('policy.notifyAdmins')} />
        <Controller
          control={control}
          name="helpdesk.mode"
          render={({ field }) => (
            <Field label={t('policy.helpdeskMode')}>
              <RadioGroup value={field.value} onChange={(_, data) => field.onChange(data.value)}>
                <Radio value="default" label={t('policy.helpdeskOptions.default')} />
                <Radio value="custom" label={t('policy.helpdeskOptions.custom')} />
              </RadioGroup>
            </Field>
          )}
        />
        {helpdeskMode === 'custom' && (
          <Controller
            control={control}
            name="helpdesk.contact"
            render={({ field }) => (
              <Field
                label={t('policy.helpdeskContact')}
                hint={t('policy.helpdeskContactHint')}
                {...fieldValidation(messageFor('helpdesk.contact'))}
              >
                <Input value={field.value ?? ''} onChange={(_, data) => field.onChange(data.value)} onBlur={field.onBlur} ref={field.ref} />
              </Field>
            )}
          />
        )}
      </Section>

      <Section title={t('policy.sections.onPremises')}>
        <SwitchField control={control} name="onPremises.writeback" label={t('policy.writeback')} />
        <SwitchField control={control} name="onPremises.allowUnlock" label={t('policy.allowUnlock')} />
      </Section>

      <Section title={t('policy.sections.passwords')}>
        <SwitchField control={control} name="bannedPasswords.enforceCustom" label={t('policy.enforceCustom')} />
        <LinesField
          control={control}
          name="bannedPasswords.custom"
          label={t('policy.bannedTerms')}
          hint={linesHint('policy.bannedTermsHint', policyLimits.bannedTermsMax, policyLimits.bannedTermLength)}
          message={messageFor('bannedPasswords.custom', submitted?.bannedPasswords.custom)}
        />
      </Section>

      <Section title={t('policy.sections.protection')}>
        <SwitchField control={control} name="captcha" label={t('policy.captcha')} />
        <SwitchField control={control} name="enumerationProtection" label={t('policy.enumerationProtection')} />
      </Section>

      {serverViolations.length > 0 && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{t('common.errorsOnForm', { count: serverViolations.length })}</MessageBarBody>
        </MessageBar>
      )}
      {save.isError && !(isApiError(save.error) && save.error.code === 'validation_failed') && <FormError error={save.error} />}
      {save.isSuccess && !formState.isDirty && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{t('policy.saved')}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        {may('changePolicy') && (
          <Button type="submit" appearance="primary" disabled={save.isPending}>
            {save.isPending ? t('common.saving') : t('common.save')}
          </Button>
        )}
        <Button
          type="button"
          onClick={() => {
            form.reset(policy);
            setServerViolations([]);
            save.reset();
          }}
          disabled={save.isPending}
        >
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}

type NumberPath = 'questions.registerCount' | 'questions.resetCount' | 'reconfirmDays';

function NumberField(props: { control: Control<Policy>; name: NumberPath; label: string; hint: string; min: number; max: number; message: string | undefined }) {
  return (
    <Controller
      control={props.control}
      name={props.name}
      render={({ field }) => (
        <Field label={props.label} hint={props.hint} {...fieldValidation(props.message)}>
          <Input
            type="number"
            inputMode="numeric"
            min={props.min}
            max={props.max}
            value={Number.isFinite(field.value) ? String(field.value) : ''}
            onChange={(_, data) => field.onChange(data.value === '' ? Number.NaN : Number(data.value))}
            onBlur={field.onBlur}
            ref={field.ref}
          />
        </Field>
      )}
    />
  );
}

type BooleanPath =
  | 'requireRegistrationOnSignIn'
  | 'notifyUserOnReset'
  | 'notifyAdminsOnAdminReset'
  | 'onPremises.writeback'
  | 'onPremises.allowUnlock'
  | 'bannedPasswords.enforceCustom'
  | 'captcha'
  | 'enumerationProtection';

function SwitchField({ control, name, label }: { control: Control<Policy>; name: BooleanPath; label: string }) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => <Switch label={label} checked={field.value} onChange={(_, data) => field.onChange(data.checked)} ref={field.ref} />}
    />
  );
}

function LinesField(props: { control: Control<Policy>; name: 'questions.custom' | 'bannedPasswords.custom'; label: string; hint: string; message: string | undefined }) {
  return (
    <Controller
      control={props.control}
      name={props.name}
      render={({ field }) => (
        <Field label={props.label} hint={props.hint} {...fieldValidation(props.message)}>
          <Textarea
            value={field.value.join('\n')}
            onChange={(_, data) => field.onChange(data.value.split('\n'))}
            onBlur={field.onBlur}
            ref={field.ref}
            resize="vertical"
            rows={5}
          />
        </Field>
      )}
    />
  );
}

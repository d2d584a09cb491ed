export { TextField, type TextFieldProps } from './text-field';
export { PasswordField, type PasswordFieldProps } from './password-field';
export { CodeField, type CodeFieldProps } from './code-field';
export { PasswordChecklist, type PasswordChecklistProps } from './password-checklist';
export { passwordRulesQuery, passwordRuleKeys, localChecks } from './password-rules-queries';
export { violationMessage, violationFromMessage, wordFieldError, formErrorMap, requiredText } from './form-messages';
export { FormError } from './form-error';
export { NativeSelect } from './native-select';

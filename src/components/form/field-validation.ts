import type { FieldProps } from '@fluentui/react-components';

/** A Field's error props from one message: shown in red when there is one, plain otherwise. */
export function fieldValidation(message: string | undefined): Pick<FieldProps, 'validationMessage' | 'validationState'> {
  return { validationMessage: message, validationState: message ? 'error' : 'none' };
}

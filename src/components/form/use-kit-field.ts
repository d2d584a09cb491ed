import { useController, type Control, type FieldValues, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { fieldValidation } from './field-validation';
import { wordFieldError } from './form-messages';

/** The props every field of the kit takes: react-hook-form's `control` and the field's path. */
export interface KitFieldProps<T extends FieldValues> {
  control: Control<T>;
  name: Path<T>;
  label: string;
  hint?: string;
  required?: boolean;
  disabled?: boolean;
  className?: string;
}

/**
 * A field bound to the form, and its error in words: the form's own checks and the server's
 * violations (`useServerViolations` puts them on the field with `setError`) read the same way.
 */
export function useKitField<T extends FieldValues>(control: Control<T>, name: Path<T>) {
  const { t } = useTranslation();
  const {
    field: { name: fieldName, value, onChange, onBlur, ref },
    fieldState: { error },
  } = useController({ control, name });
  const message = wordFieldError(t, error?.message);
  return { fieldName, value, onChange, onBlur, ref, message, validation: fieldValidation(message) };
}

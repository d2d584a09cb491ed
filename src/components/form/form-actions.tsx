import { Button } from '@fluentui/react-components';
import { Actions } from '../layout/page';
import { FormError } from './form-error';

/** A button beside the submit: another way on (secondary) or a way out (subtle). */
export interface FormAction {
  label: string;
  onClick(): void;
  appearance?: 'secondary' | 'subtle';
  disabled?: boolean;
}

export interface FormActionsProps {
  /** The submit button's words. */
  submit: string;
  /** While true (the action is pending, or the form is not ready) the submit does nothing. */
  pending: boolean;
  /** A problem of the whole form, shown (and focused, see `FormError`) above the buttons. */
  error?: unknown;
  message?: string;
  /** The other buttons, in order; `false` leaves one out. */
  others?: readonly (FormAction | false)[];
}

/**
 * The end of every form: its problem, then a row of buttons that wraps on narrow screens, the
 * primary submit first (disabled while its action is pending), then the others as plain buttons.
 */
export function FormActions({ submit, pending, error, message, others = [] }: FormActionsProps) {
  return (
    <>
      <FormError error={error} message={message} />
      <Actions>
        <Button type="submit" appearance="primary" disabled={pending}>
          {submit}
        </Button>
        {others.map(
          (other) =>
            other && (
              <Button key={other.label} type="button" appearance={other.appearance ?? 'secondary'} onClick={other.onClick} disabled={other.disabled}>
                {other.label}
              </Button>
            ),
        )}
      </Actions>
    </>
  );
}

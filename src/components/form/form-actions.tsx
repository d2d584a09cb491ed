import { Button } from '@fluentui/react-components';
import { Actions } from '../layout/page';
import { FormError } from './form-error';
import { SubmitButton } from './submit-button';

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
  /** Outside a form (a choice on its own): the primary button is a plain button that does this. */
  onSubmit?(): void;
  /** A problem of the whole form, shown (and focused, see `FormError`) above the buttons. */
  error?: unknown;
  message?: string;
  /** The other buttons, in order; `false` leaves one out. */
  others?: readonly (FormAction | false)[];
}

/**
 * The end of every form (and of every choice of actions): its problem, then a row of buttons
 * that wraps on narrow screens, the primary first (disabled while its action is pending), then
 * the others as plain buttons.
 */
export function FormActions({ submit, pending, onSubmit, error, message, others = [] }: FormActionsProps) {
  return (
    <>
      <FormError error={error} message={message} />
      <Actions>
        {onSubmit ? (
          <Button type="button" appearance="primary" disabled={pending} onClick={onSubmit}>
            {submit}
          </Button>
        ) : (
          <SubmitButton pending={pending}>{submit}</SubmitButton>
        )}
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

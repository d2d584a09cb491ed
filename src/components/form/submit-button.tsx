import { Button } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useHydrated } from '../layout/use-hydrated';

export interface SubmitButtonProps {
  children: ReactNode;
  /** While true (the action is pending, or the form is not ready) the submit does nothing. */
  pending: boolean;
}

/**
 * A form's primary submit. Disabled until the app has taken a prerendered page over: a prerendered
 * form must never submit itself natively (its fields would end up in the address). It reads that
 * itself, so the re-render that enables it once the page is taken over (a synchronous one, as
 * `useHydrated` is an external store) is this button's alone, not the whole form's: on /sign-in
 * the form's was one task of ~200 ms at CPU ×4 (issue 9).
 */
export function SubmitButton({ children, pending }: SubmitButtonProps) {
  const hydrated = useHydrated();
  return (
    <Button type="submit" appearance="primary" disabled={pending || !hydrated}>
      {children}
    </Button>
  );
}

import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useFocusOnAppear } from '../layout/focus-on-appear';

/**
 * The result of a form's action (saved, validated, n values need attention), announced and
 * focused when it appears, so keyboard and screen-reader users land on it instead of the page.
 * `focus={false}` for a summary whose first field takes the focus; `focus="from-within"` takes it
 * only when focus was in its own form (or fell to the body), so a message that appears on its own
 * never steals focus. It focuses again when `result` changes (a new error of a new attempt), or
 * with a new `key` per action when the same message stays on screen.
 */
export function FormStatus({
  intent,
  focus = true,
  result = true,
  children,
}: {
  intent: 'success' | 'error' | 'warning';
  focus?: boolean | 'from-within';
  result?: unknown;
  children: ReactNode;
}) {
  const ref = useFocusOnAppear<HTMLDivElement>(focus === false ? undefined : result, { onlyFromWithin: focus === 'from-within' });
  return (
    <MessageBar ref={ref} tabIndex={-1} intent={intent} role={intent === 'error' ? 'alert' : 'status'}>
      <MessageBarBody>{children}</MessageBarBody>
    </MessageBar>
  );
}

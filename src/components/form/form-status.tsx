import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The result of a form's action (saved, validated, n values need attention), announced and
 * focused when it appears, so keyboard and screen-reader users land on it instead of the page.
 * `focus={false}` for a summary whose first field takes the focus. A new `key` per action
 * focuses it again when the same message stays on screen.
 */
export function FormStatus({ intent, focus = true, children }: { intent: 'success' | 'error' | 'warning'; focus?: boolean; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  // Only when it appears: a message that changes while on screen leaves the focus where it is.
  const focusOnMount = useRef(focus);
  useEffect(() => {
    if (focusOnMount.current) ref.current?.focus();
  }, []);
  return (
    <MessageBar ref={ref} tabIndex={-1} intent={intent} role={intent === 'error' ? 'alert' : 'status'}>
      <MessageBarBody>{children}</MessageBarBody>
    </MessageBar>
  );
}

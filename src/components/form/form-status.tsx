import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The result of a form's action (saved, validated, n values need attention), announced and
 * focused when it appears (unless `focus={false}`: a summary whose first field takes the focus), so keyboard and screen-reader users land on it instead of the page.
 */
export function FormStatus({ intent, focus = true, children }: { intent: 'success' | 'error' | 'warning'; focus?: boolean; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  return (
    <MessageBar ref={ref} tabIndex={-1} intent={intent} role={intent === 'error' ? 'alert' : 'status'} layout="multiline">
      <MessageBarBody>{children}</MessageBarBody>
    </MessageBar>
  );
}

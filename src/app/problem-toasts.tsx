import { Toast, Toaster, ToastTitle, useId, useToastController } from '@fluentui/react-components';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { describeProblem } from '@/i18n';
import type { ProblemNotifier } from './problem-notifier';

/** Fluent's toaster: loaded at the first problem, so pages that never fail don't pay for it. */
export function ProblemToasts({ notifier }: { notifier: ProblemNotifier }) {
  const { t } = useTranslation();
  const toasterId = useId('problems');
  const { dispatchToast } = useToastController(toasterId);
  useEffect(
    () =>
      notifier.subscribe((error) =>
        dispatchToast(
          <Toast>
            <ToastTitle>{t('errors.requestFailed', { reason: describeProblem(t, error) })}</ToastTitle>
          </Toast>,
          { intent: 'error' },
        ),
      ),
    [dispatchToast, notifier, t],
  );
  return <Toaster toasterId={toasterId} position="bottom" />;
}

import { lazy, Suspense, useEffect, useState } from 'react';
import type { ProblemNotifier } from './problem-notifier';

const ProblemToasterView = lazy(() => import('./problem-toaster-view').then((module) => ({ default: module.ProblemToasterView })));

/** Shows background failures as toasts; the toaster's code loads at the first one. */
export function ProblemToaster({ notifier }: { notifier: ProblemNotifier }) {
  const [active, setActive] = useState(false);
  useEffect(() => notifier.onFirst(() => setActive(true)), [notifier]);
  if (!active) return null;
  return (
    <Suspense fallback={null}>
      <ProblemToasterView notifier={notifier} />
    </Suspense>
  );
}

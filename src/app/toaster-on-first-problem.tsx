import { lazy, Suspense, useEffect, useState } from 'react';
import type { ProblemNotifier } from './problem-notifier';

const ProblemToasts = lazy(() => import('./problem-toasts').then((module) => ({ default: module.ProblemToasts })));

/** Shows background failures as toasts; the toaster's code loads at the first one. */
export function ToasterOnFirstProblem({ notifier }: { notifier: ProblemNotifier }) {
  const [active, setActive] = useState(false);
  useEffect(() => notifier.onFirst(() => setActive(true)), [notifier]);
  if (!active) return null;
  return (
    <Suspense fallback={null}>
      <ProblemToasts notifier={notifier} />
    </Suspense>
  );
}

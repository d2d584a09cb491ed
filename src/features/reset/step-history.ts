import { useEffect, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';

/**
 * The reset wizard's steps, in order. Each has its own address, so each is its own history entry
 * and the browser's Back button moves through the wizard, not out of it. `/reset` itself is the
 * first step (and the "continue or start over?" question).
 */
export type ResetStep = 'identify' | 'resume' | 'method' | 'code' | 'password' | 'finished';

const paths: Record<ResetStep, string> = {
  identify: '/reset',
  resume: '/reset',
  method: '/reset/method',
  code: '/reset/code',
  password: '/reset/password',
  finished: '/reset/done',
};

/** The step an address names; anything unknown under /reset is the first step. */
export function stepFromPath(pathname: string): ResetStep {
  const name = pathname.replace(/\/+$/, '').split('/')[2];
  return name === 'method' || name === 'code' || name === 'password' ? name : name === 'done' ? 'finished' : 'identify';
}

/**
 * Keeps the address in step with the wizard, both ways. When the wizard moves on, the address
 * follows (a new history entry). When the address moves (Back, Forward, a link to /reset),
 * `onAddressMove` decides: true when the page went to that step, false to stay, and then the
 * address is put back (replacing the entry, so that pressing Back again still leaves in the end).
 * `step` is null while the wizard cannot tell yet (the flow is loading).
 */
export function useStepHistory(step: ResetStep | null, onAddressMove: (target: ResetStep, from: ResetStep) => boolean): void {
  const location = useLocation();
  const navigate = useNavigate();
  const last = useRef<{ step: ResetStep; key: string } | null>(null);
  useEffect(() => {
    // While the wizard cannot tell (its flow is loading), nothing is decided: an address that
    // moved meanwhile (Back during a refetch) is judged against the step last shown, once known.
    if (step === null) return;
    const before = last.current;
    if (before && before.step === step && before.key === location.key) return;
    last.current = { step, key: location.key };
    const path = paths[step];
    if (location.pathname === path) return;
    if (before && before.step === step) {
      // The address moved, the wizard did not.
      if (!onAddressMove(stepFromPath(location.pathname), step)) void navigate(path, { replace: true });
      return;
    }
    // The wizard moved (or the page just opened, or the flow just loaded): the address follows.
    void navigate(path, { replace: before === null || step === 'finished' });
  }, [step, location.key, location.pathname, navigate, onAddressMove]);
}

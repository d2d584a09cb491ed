import type { Challenge, ResetFlow } from '@/api';
import type { FlowEnd } from '../flow-end';

/** What every challenge step gets from the reset page, and the ways out it offers. */
export interface ChallengeStepProps {
  flow: ResetFlow;
  challenge: Challenge;
  onVerified(flow: ResetFlow): void;
  onChooseOther(): void;
  onEnded(end: FlowEnd): void;
}

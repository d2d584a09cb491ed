// What the reset page loads after its first step (see reset-page.tsx).
export { CodeChallenge } from './code-challenge';
export { LockedChoice } from './locked-choice';
export { MethodStep } from './method-step';
export { PasswordStep } from './password-step';
export { PushChallenge } from './push-challenge';
export { QuestionsChallenge } from './questions-challenge';

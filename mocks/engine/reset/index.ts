export { createResetOperations, resetLifetimes, sweepExpiredFlows, type ResetOperationName, type ResetOperations } from './reset-operations';
export { accountLockKey, takeRegistrationEmail, throttleKey, throttleRules } from './throttles';
export { captchaAlphabet, captchaLifetimeMs } from './captcha';

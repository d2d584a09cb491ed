export { createResetOperations, resetLifetimes, sweepExpiredFlows, type ResetOperationName, type ResetOperations } from './reset-operations';
export { takeRegistrationEmail, throttleRules } from './throttles';
export { captchaAlphabet, captchaLifetimeMs } from './captcha';

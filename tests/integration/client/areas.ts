import type { EndpointName } from '@/api';

/** Which client test file covers which endpoints (each file checks its own share is complete). */
export const areas = {
  session: ['getBranding', 'getPasswordRules', 'signIn', 'signOut', 'getMe', 'devSignIn', 'dismissRegistrationPrompt'],
  reset: [
    'getCaptcha', 'getCaptchaAnswer', 'checkPassword', 'startReset', 'getReset', 'createChallenge', 'getChallenge',
    'verifyChallenge', 'resetPassword', 'unlockAccount', 'contactAdmin', 'cancelReset', 'approvePush', 'denyPush',
  ],
  securityInfo: [
    'getSecurityInfo', 'startEmailVerification', 'startPhoneVerification', 'startAppVerification', 'completeEmail',
    'completeMobilePhone', 'completeApp', 'registerQuestions', 'deleteMethod', 'confirmSecurityInfo', 'changePassword',
  ],
  admin: [
    'getPolicy', 'putPolicy', 'getAdminBranding', 'putAdminBranding', 'deleteAdminBranding', 'listUsers', 'createUser',
    'getUser', 'patchUser', 'deleteUser', 'unlockUser', 'adminResetPassword', 'importAuthData', 'listGroups',
    'getReportSummary', 'listRegistrations', 'listResets', 'listAudit', 'getRollout', 'sendAnnouncement',
    'putRolloutReminder', 'deleteRolloutReminder',
  ],
  dev: ['getOutbox', 'resetDemo', 'getClock', 'advanceClock', 'resetClock', 'getDevSettings', 'putDevSettings', 'getDevNotices', 'getPersonas'],
} as const satisfies Record<string, readonly EndpointName[]>;

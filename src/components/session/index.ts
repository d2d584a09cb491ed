export { SessionProvider, useSession, personalQueryKey, type SessionValue } from './session-provider';
export { RequireSession, signInPath, safeReturnTo } from './require-session';

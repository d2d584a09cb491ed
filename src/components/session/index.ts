export { SessionProvider, useSession, personalQueryKey, type SessionValue } from './session-provider';
export { RequireSession, SignedInPage, signInPath, safeReturnTo } from './require-session';

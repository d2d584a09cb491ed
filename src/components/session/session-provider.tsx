import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import type { Me, RegistrationPrompt, Session } from '@/api';
import { api } from '@/api/api-client';
import { sessionStore } from '@/api/session-store';

export interface SessionValue {
  me: Me | null;
  token: string | null;
  registrationPrompt: RegistrationPrompt;
  signIn(session: Session): void;
  signOut(): void;
  /** The interstitial was answered (verify now or cancel): stop prompting in this session. */
  clearRegistrationPrompt(): void;
}

const SessionContext = createContext<SessionValue | null>(null);

/** Query keys of anything that belongs to the signed-in person start with this. */
export const personalQueryKey = ['me'] as const;

export function SessionProvider({ children }: { children: ReactNode }) {
  const session = useSyncExternalStore(sessionStore.subscribe, sessionStore.get, sessionStore.get);
  const queryClient = useQueryClient();

  const signIn = useCallback(
    (next: Session) => {
      queryClient.removeQueries({ queryKey: personalQueryKey });
      sessionStore.set(next);
    },
    [queryClient],
  );

  const signOut = useCallback(() => {
    if (sessionStore.getToken()) {
      // The token is read synchronously when the call starts, so clearing right after is safe.
      void api.call('signOut').catch(() => undefined);
    }
    sessionStore.clear();
    queryClient.removeQueries({ queryKey: personalQueryKey });
  }, [queryClient]);

  const value = useMemo<SessionValue>(
    () => ({
      me: session?.user ?? null,
      token: session?.token ?? null,
      registrationPrompt: session?.registrationPrompt ?? null,
      signIn,
      signOut,
      clearRegistrationPrompt: () => sessionStore.clearPrompt(),
    }),
    [session, signIn, signOut],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession needs a <SessionProvider> above it');
  return value;
}

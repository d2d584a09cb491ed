import { useCallback, useState } from 'react';
import { z } from 'zod/mini';
import { challengeSchema } from '@/api';

/** What survives a reload of /reset: the flow, and the challenge being answered. */
const savedResetSchema = z.object({
  flowId: z.string(),
  challenge: z.nullable(challengeSchema),
  phoneNumber: z.optional(z.string()),
  /** The user ID as typed, so a return to /reset can ask "continue the reset for ad…@contoso.com?". */
  userId: z.optional(z.string()),
});
export type SavedReset = z.infer<typeof savedResetSchema>;

const storageKey = 'password-portal.reset';

function read(): SavedReset | null {
  try {
    const raw = sessionStorage.getItem(storageKey);
    if (!raw) return null;
    const parsed = savedResetSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function write(value: SavedReset | null): void {
  try {
    if (value) sessionStorage.setItem(storageKey, JSON.stringify(value));
    else sessionStorage.removeItem(storageKey);
  } catch {
    // Storage unavailable: the flow still works, it just won't survive a reload.
  }
}

/** Forget the saved reset without touching React state (a finished or expired flow). */
export function forgetSavedReset(): void {
  write(null);
}

/** "adele@contoso.com" → "ad…@contoso.com": enough for the person to recognise, not to read over a shoulder. */
export function maskUserId(userId: string): string {
  const [local = '', domain] = userId.split('@');
  return `${local.slice(0, 2)}…${domain === undefined ? '' : `@${domain}`}`;
}

/** The reset in progress, kept in sessionStorage (this tab only). */
export function useSavedReset() {
  const [saved, setSavedState] = useState<SavedReset | null>(read);
  const setSaved = useCallback((next: SavedReset | null) => {
    write(next);
    setSavedState(next);
  }, []);
  return [saved, setSaved] as const;
}

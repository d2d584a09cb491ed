import { sessionSchema, type Session } from './schemas/session';

/**
 * The signed-in session, kept in sessionStorage so a reload keeps it and closing the tab ends
 * it. Plain TypeScript: the API client reads the token here, React subscribes to it.
 */
const storageKey = 'password-portal.session';

type Listener = () => void;

function storage(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
}

function read(): Session | null {
  const raw = storage()?.getItem(storageKey);
  if (!raw) return null;
  try {
    const parsed = sessionSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

let current: Session | null = read();
const listeners = new Set<Listener>();

function write(next: Session | null): void {
  current = next;
  const store = storage();
  if (next) store?.setItem(storageKey, JSON.stringify(next));
  else store?.removeItem(storageKey);
  for (const listener of listeners) listener();
}

export const sessionStore = {
  get(): Session | null {
    return current;
  },
  getToken(): string | null {
    return current?.token ?? null;
  },
  set(session: Session): void {
    write(session);
  },
  /** Drops the registration prompt once it was answered (verify now or cancel). */
  clearPrompt(): void {
    if (current) write({ ...current, registrationPrompt: null });
  },
  clear(): void {
    if (current) write(null);
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  /** Re-reads storage (tests start each render from what they put there). */
  reload(): void {
    current = read();
    for (const listener of listeners) listener();
  },
};

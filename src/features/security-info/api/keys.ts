import { personalQueryKey } from '@/components/session';

/** Under the personal key, so signing out drops it. */
export const securityInfoKeys = {
  all: [...personalQueryKey, 'security-info'] as const,
};

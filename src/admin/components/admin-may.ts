import { adminMay, type AdminAction, type User } from '@/api';
import { useSession } from '@/components/session';

/**
 * Whether the signed-in admin's roles allow an action (on a user, when given): the console hides
 * what a role can't do; the backend refuses it anyway (403, audited).
 */
export function useAdminMay(): (action: AdminAction, target?: Pick<User, 'id' | 'roles'>) => boolean {
  const { me } = useSession();
  return (action, target) =>
    me !== null && adminMay(me.roles, action, target ? { roles: target.roles, self: target.id === me.id } : undefined);
}

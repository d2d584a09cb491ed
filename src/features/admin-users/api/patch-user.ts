import { useMutation, useQueryClient } from '@tanstack/react-query';
import { adminApi } from '@/api/admin-client';
import type { PatchUserRequest, User } from '@/api/schemas/directory';
import { adminKeys } from '@/admin/api/keys';

export const patchUser = ({ id, changes }: { id: string; changes: PatchUserRequest }) =>
  adminApi.call('patchUser', { params: { id }, body: changes });

/** Puts a changed user into the detail cache and refreshes the lists it may appear in. */
export function useStoreUser() {
  const queryClient = useQueryClient();
  return (user: User) => {
    queryClient.setQueryData(adminKeys.user(user.id), user);
    void queryClient.invalidateQueries({ queryKey: [...adminKeys.users(), 'list'] });
  };
}

export function usePatchUser() {
  const storeUser = useStoreUser();
  return useMutation({ mutationFn: patchUser, onSuccess: storeUser });
}

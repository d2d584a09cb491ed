import { useMutation } from '@tanstack/react-query';
import { adminApi } from '@/api/admin-client';
import { useStoreUser } from './patch-user';

export const unlockUser = (id: string) => adminApi.call('unlockUser', { params: { id } });

export function useUnlockUser() {
  const storeUser = useStoreUser();
  return useMutation({ mutationFn: unlockUser, onSuccess: storeUser });
}

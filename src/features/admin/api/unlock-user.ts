import { useMutation } from '@tanstack/react-query';
import { api } from '@/api/api-client';
import { useStoreUser } from './patch-user';

export const unlockUser = (id: string) => api.call('unlockUser', { params: { id } });

export function useUnlockUser() {
  const storeUser = useStoreUser();
  return useMutation({ mutationFn: unlockUser, onSuccess: storeUser });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/api/api-client';
import { resetKeys } from './keys';

export const unlockAccount = (flowId: string) => api.call('unlockAccount', { params: { flowId } });

export const useUnlockAccount = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: unlockAccount,
    onSuccess: (flow) => queryClient.setQueryData(resetKeys.flow(flow.flowId), flow),
  });
};

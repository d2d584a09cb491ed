import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SecurityInfo } from '@/api';
import { securityInfoKeys } from './keys';

/** A change that answers with the whole security info: the page shows it at once. */
export function useSecurityInfoMutation<TInput>(mutationFn: (input: TInput) => Promise<SecurityInfo>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (info) => queryClient.setQueryData(securityInfoKeys.all, info),
  });
}

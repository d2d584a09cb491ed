import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/api/api-client';
import { preferredLanguageField } from '@/i18n';
import { resetKeys } from './keys';

export const resetPassword = ({ flowId, newPassword }: { flowId: string; newPassword: string }) =>
  api.call('resetPassword', { params: { flowId }, body: { newPassword, ...preferredLanguageField() } });

export const useResetPassword = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: resetPassword,
    onSuccess: (flow) => queryClient.setQueryData(resetKeys.flow(flow.flowId), flow),
  });
};

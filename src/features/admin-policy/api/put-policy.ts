import { useMutation, useQueryClient } from '@tanstack/react-query';
import { adminApi } from '@/api/admin-client';
import type { Policy } from '@/api/schemas/policy';
import { brandingKeys } from '@/branding';
import { adminKeys } from '@/admin/api/keys';

export const putPolicy = (policy: Policy) => adminApi.call('putPolicy', { body: policy });

export function usePutPolicy() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: putPolicy,
    onSuccess: (saved) => {
      queryClient.setQueryData(adminKeys.policy(), saved);
      // The help desk and the reports follow the policy.
      void queryClient.invalidateQueries({ queryKey: brandingKeys.effective() });
      void queryClient.invalidateQueries({ queryKey: adminKeys.reports() });
    },
  });
}

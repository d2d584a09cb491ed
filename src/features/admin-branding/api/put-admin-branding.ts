import { useMutation, useQueryClient } from '@tanstack/react-query';
import { adminApi } from '@/api/admin-client';
import type { Branding } from '@/api/schemas/branding';
import { brandingKeys } from '@/branding';
import { adminKeys } from '@/admin/api/keys';

export const putAdminBranding = (branding: Branding) => adminApi.call('putAdminBranding', { body: branding });

export function usePutAdminBranding() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: putAdminBranding,
    onSuccess: async (saved) => {
      queryClient.setQueryData(adminKeys.branding(), saved);
      // The whole portal re-themes from the effective branding.
      await queryClient.invalidateQueries({ queryKey: brandingKeys.effective() });
    },
  });
}

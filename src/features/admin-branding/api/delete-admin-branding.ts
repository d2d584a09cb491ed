import { useMutation, useQueryClient } from '@tanstack/react-query';
import { adminApi } from '@/api/admin-client';
import { brandingKeys } from '@/branding';
import { adminKeys } from '@/admin/api/keys';

export const deleteAdminBranding = () => adminApi.call('deleteAdminBranding');

export function useDeleteAdminBranding() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteAdminBranding,
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: adminKeys.branding() }),
        queryClient.invalidateQueries({ queryKey: brandingKeys.effective() }),
      ]);
    },
  });
}

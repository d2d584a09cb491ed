import { useMutation, useQueryClient } from '@tanstack/react-query';
import { adminApi } from '@/api/admin-client';
import { adminKeys } from '@/admin/api/keys';

export const adminResetPassword = (id: string) => adminApi.call('adminResetPassword', { params: { id } });

export function useAdminResetPassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: adminResetPassword,
    // A reset also clears a lockout; the temporary password itself is never cached.
    onSuccess: (_answer, id) => queryClient.invalidateQueries({ queryKey: adminKeys.user(id) }),
  });
}

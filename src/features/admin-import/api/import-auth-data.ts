import { useMutation, useQueryClient } from '@tanstack/react-query';
import { adminApi } from '@/api/admin-client';
import { adminKeys } from '@/admin/api/keys';

export type ImportMode = 'validate' | 'apply';

export const importAuthData = ({ csv, mode }: { csv: string; mode: ImportMode }) =>
  adminApi.call('importAuthData', { query: { mode }, body: csv });

export function useImportAuthData() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importAuthData,
    onSuccess: (_result, { mode }) => {
      if (mode === 'apply') void queryClient.invalidateQueries({ queryKey: adminKeys.users() });
    },
  });
}

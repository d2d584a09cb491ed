import { useMutation } from '@tanstack/react-query';
import { devApi } from '@/api/dev-client';

export const resetDemo = () => devApi.call('resetDemo');

export const useResetDemo = () => useMutation({ mutationFn: resetDemo });

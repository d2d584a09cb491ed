import { useMutation } from '@tanstack/react-query';
import { api } from '@/api/api-client';

export const resetDemo = () => api.call('resetDemo');

export const useResetDemo = () => useMutation({ mutationFn: resetDemo });

import { useMutation } from '@tanstack/react-query';
import type { StartResetRequest } from '@/api';
import { api } from '@/api/api-client';

export const startReset = (body: StartResetRequest) => api.call('startReset', { body });

export const useStartReset = () => useMutation({ mutationFn: startReset });

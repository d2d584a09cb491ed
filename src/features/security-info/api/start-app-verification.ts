import { useMutation } from '@tanstack/react-query';
import { api } from '@/api/api-client';

export const startAppVerification = () => api.call('startAppVerification', { body: {} });

export const useStartAppVerification = () => useMutation({ mutationFn: startAppVerification });

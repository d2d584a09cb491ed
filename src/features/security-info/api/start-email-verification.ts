import { useMutation } from '@tanstack/react-query';
import { api } from '@/api/api-client';

export const startEmailVerification = (value: string) => api.call('startEmailVerification', { body: { value } });

export const useStartEmailVerification = () => useMutation({ mutationFn: startEmailVerification });

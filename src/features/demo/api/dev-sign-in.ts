import { useMutation } from '@tanstack/react-query';
import { api } from '@/api/api-client';

export const devSignIn = (userId: string) => api.call('devSignIn', { body: { userId } });

export const useDevSignIn = () => useMutation({ mutationFn: devSignIn });

import { useMutation } from '@tanstack/react-query';
import { devApi } from '@/api/dev-client';

export const devSignIn = (userId: string) => devApi.call('devSignIn', { body: { userId } });

export const useDevSignIn = () => useMutation({ mutationFn: devSignIn });

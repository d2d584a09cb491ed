import { useMutation } from '@tanstack/react-query';
import type { SignInRequest } from '@/api';
import { api } from '@/api/api-client';

export const signIn = (body: SignInRequest) => api.call('signIn', { body });

export const useSignIn = () => useMutation({ mutationFn: signIn });

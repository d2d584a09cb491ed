import { useMutation } from '@tanstack/react-query';
import type { ChangePasswordRequest } from '@/api';
import { api } from '@/api/api-client';

export const changePassword = (body: ChangePasswordRequest) => api.call('changePassword', { body });

export const useChangePassword = () => useMutation({ mutationFn: changePassword });

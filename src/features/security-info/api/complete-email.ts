import type { CompleteVerificationRequest } from '@/api';
import { api } from '@/api/api-client';
import { useSecurityInfoMutation } from './use-security-info-mutation';

export const completeEmail = (body: CompleteVerificationRequest) => api.call('completeEmail', { body });

export const useCompleteEmail = () => useSecurityInfoMutation(completeEmail);

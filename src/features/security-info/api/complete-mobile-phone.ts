import type { CompleteVerificationRequest } from '@/api';
import { api } from '@/api/api-client';
import { useSecurityInfoMutation } from './use-security-info-mutation';

export const completeMobilePhone = (body: CompleteVerificationRequest) => api.call('completeMobilePhone', { body });

export const useCompleteMobilePhone = () => useSecurityInfoMutation(completeMobilePhone);

import type { CompleteVerificationRequest } from '@/api';
import { api } from '@/api/api-client';
import { useSecurityInfoMutation } from './use-security-info-mutation';

export const completeApp = (body: CompleteVerificationRequest) => api.call('completeApp', { body });

export const useCompleteApp = () => useSecurityInfoMutation(completeApp);

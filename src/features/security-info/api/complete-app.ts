import type { CompleteVerificationRequest } from '@/api';
import { api } from '@/api/api-client';
import { preferredLanguageField } from '@/i18n';
import { useSecurityInfoMutation } from './use-security-info-mutation';

export const completeApp = (body: CompleteVerificationRequest) => api.call('completeApp', { body: { ...body, ...preferredLanguageField() } });

export const useCompleteApp = () => useSecurityInfoMutation(completeApp);

import type { CompleteVerificationRequest } from '@/api';
import { api } from '@/api/api-client';
import { preferredLanguageField } from '@/i18n';
import { useSecurityInfoMutation } from './use-security-info-mutation';

export const completeEmail = (body: CompleteVerificationRequest) => api.call('completeEmail', { body: { ...body, ...preferredLanguageField() } });

export const useCompleteEmail = () => useSecurityInfoMutation(completeEmail);

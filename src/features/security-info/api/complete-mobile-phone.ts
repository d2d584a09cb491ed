import type { CompleteVerificationRequest } from '@/api';
import { api } from '@/api/api-client';
import { preferredLanguageField } from '@/i18n';
import { useSecurityInfoMutation } from './use-security-info-mutation';

export const completeMobilePhone = (body: CompleteVerificationRequest) => api.call('completeMobilePhone', { body: { ...body, ...preferredLanguageField() } });

export const useCompleteMobilePhone = () => useSecurityInfoMutation(completeMobilePhone);

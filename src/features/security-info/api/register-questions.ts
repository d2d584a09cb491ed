import type { QuestionAnswer } from '@/api';
import { api } from '@/api/api-client';
import { preferredLanguageField } from '@/i18n';
import { useSecurityInfoMutation } from './use-security-info-mutation';

export const registerQuestions = (answers: QuestionAnswer[]) => api.call('registerQuestions', { body: { answers, ...preferredLanguageField() } });

export const useRegisterQuestions = () => useSecurityInfoMutation(registerQuestions);

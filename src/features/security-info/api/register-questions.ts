import type { QuestionAnswer } from '@/api';
import { api } from '@/api/api-client';
import { useSecurityInfoMutation } from './use-security-info-mutation';

export const registerQuestions = (answers: QuestionAnswer[]) => api.call('registerQuestions', { body: { answers } });

export const useRegisterQuestions = () => useSecurityInfoMutation(registerQuestions);

import { useMutation } from '@tanstack/react-query';
import { api } from '@/api/api-client';

export const dismissRegistrationPrompt = () => api.call('dismissRegistrationPrompt');

export const useDismissRegistrationPrompt = () => useMutation({ mutationFn: dismissRegistrationPrompt });

import { useMutation } from '@tanstack/react-query';
import { api } from '@/api/api-client';

export const startPhoneVerification = (body: { value: string; channel: 'sms' | 'voice' }) =>
  api.call('startPhoneVerification', { body });

export const useStartPhoneVerification = () => useMutation({ mutationFn: startPhoneVerification });

import { api } from '@/api/api-client';
import { useSecurityInfoMutation } from './use-security-info-mutation';

export const confirmSecurityInfo = () => api.call('confirmSecurityInfo');

export const useConfirmSecurityInfo = () => useSecurityInfoMutation(confirmSecurityInfo);

import type { SecurityMethod } from '@/api';
import { api } from '@/api/api-client';
import { useSecurityInfoMutation } from './use-security-info-mutation';

export const deleteMethod = (kind: SecurityMethod['kind']) => api.call('deleteMethod', { params: { kind } });

export const useDeleteMethod = () => useSecurityInfoMutation(deleteMethod);

import { useMutation } from '@tanstack/react-query';
import { api } from '@/api/api-client';

export const cancelReset = (flowId: string) => api.call('cancelReset', { params: { flowId } });

export const useCancelReset = () => useMutation({ mutationFn: cancelReset });

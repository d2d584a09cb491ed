import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/api/api-client';
import { resetKeys } from './keys';

export const getReset = (flowId: string, signal?: AbortSignal) => api.call('getReset', { params: { flowId }, signal });

export const resetFlowQuery = (flowId: string) =>
  queryOptions({
    queryKey: resetKeys.flow(flowId),
    queryFn: ({ signal }) => getReset(flowId, signal),
    staleTime: Number.POSITIVE_INFINITY,
    // An expired or unknown flow is an expected end, shown on the page, not an error boundary.
    throwOnError: false,
  });

export const useResetFlow = (flowId: string | null) => useQuery({ ...resetFlowQuery(flowId ?? ''), enabled: flowId !== null });

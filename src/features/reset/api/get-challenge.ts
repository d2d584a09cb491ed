import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/api/api-client';
import { resetKeys } from './keys';

export const getChallenge = (flowId: string, challengeId: string, signal?: AbortSignal) =>
  api.call('getChallenge', { params: { flowId, challengeId }, signal });

/** How often a pending app push is asked again. */
export const pushPollMs = 2000;

/** An app push: asked again every two seconds while it is pending. */
export const pushChallengeQuery = (flowId: string, challengeId: string) =>
  queryOptions({
    queryKey: resetKeys.challenge(flowId, challengeId),
    queryFn: ({ signal }) => getChallenge(flowId, challengeId, signal),
    refetchInterval: (query) => (query.state.data?.status === 'pending' || query.state.data === undefined ? pushPollMs : false),
    throwOnError: false,
  });

export const usePushChallenge = (flowId: string, challengeId: string) => useQuery(pushChallengeQuery(flowId, challengeId));

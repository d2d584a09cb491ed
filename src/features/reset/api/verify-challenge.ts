import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { VerifyChallengeRequest } from '@/api';
import { api } from '@/api/api-client';
import { resetKeys } from './keys';

export const verifyChallenge = ({ flowId, challengeId, body }: { flowId: string; challengeId: string; body: VerifyChallengeRequest }) =>
  api.call('verifyChallenge', { params: { flowId, challengeId }, body });

export const useVerifyChallenge = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: verifyChallenge,
    onSuccess: (flow) => queryClient.setQueryData(resetKeys.flow(flow.flowId), flow),
  });
};

import { useMutation } from '@tanstack/react-query';
import type { CreateChallengeRequest } from '@/api';
import { api } from '@/api/api-client';

export const createChallenge = ({ flowId, ...body }: CreateChallengeRequest & { flowId: string }) =>
  api.call('createChallenge', { params: { flowId }, body });

export const useCreateChallenge = () => useMutation({ mutationFn: createChallenge });

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/api/api-client';
import { demoKeys } from './keys';

export const answerPush = ({ id, approve }: { id: string; approve: boolean }) =>
  approve ? api.call('approvePush', { params: { id } }) : api.call('denyPush', { params: { id } });

export const useAnswerPush = () => {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: answerPush, onSettled: () => queryClient.invalidateQueries({ queryKey: demoKeys.outbox() }) });
};

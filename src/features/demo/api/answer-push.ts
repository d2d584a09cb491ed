import { useMutation, useQueryClient } from '@tanstack/react-query';
import { devApi } from '@/api/dev-client';
import { demoKeys } from './keys';

export const answerPush = ({ id, approve }: { id: string; approve: boolean }) =>
  approve ? devApi.call('approvePush', { params: { id } }) : devApi.call('denyPush', { params: { id } });

export const useAnswerPush = () => {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: answerPush, onSettled: () => queryClient.invalidateQueries({ queryKey: demoKeys.outbox() }) });
};

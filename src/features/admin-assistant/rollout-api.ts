import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { adminApi } from '@/api/admin-client';
import type { MessageTranslations, SendAnnouncementResult } from '@/api/schemas/rollout';
import { adminKeys } from '@/admin/api/keys';

/** Under the console's `['admin']` key, so signing out forgets it with the rest. */
export const rolloutKey = [...adminKeys.all, 'rollout-status'] as const;

export const rolloutQuery = () =>
  queryOptions({ queryKey: rolloutKey, queryFn: ({ signal }) => adminApi.call('getRollout', { signal }) });

export function useRollout() {
  return useQuery(rolloutQuery());
}

export interface RolloutMessage {
  subject: string;
  body: string;
  /** The same message in the other languages, for people whose preferred language is one of them. */
  translations?: MessageTranslations;
}

export interface SendProgress {
  sent: number;
  total: number;
}

const batchSize = 50;

/**
 * The announcement in batches until none is left, reporting progress after each: the backend
 * sends each person at most one a day, so a repeat within 24 hours sends nobody.
 */
export async function sendAnnouncementInBatches(message: RolloutMessage, onProgress: (progress: SendProgress) => void) {
  let sent = 0;
  let skipped: number | null = null;
  let batch: SendAnnouncementResult;
  do {
    batch = await adminApi.call('sendAnnouncement', { body: { ...message, limit: batchSize } });
    sent += batch.sent;
    skipped ??= batch.skipped;
    onProgress({ sent, total: sent + batch.remaining });
  } while (batch.remaining > 0 && batch.sent > 0);
  return { sent, skipped };
}

export function useSendAnnouncement(onProgress: (progress: SendProgress) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (message: RolloutMessage) => sendAnnouncementInBatches(message, onProgress),
    onSettled: () => queryClient.invalidateQueries({ queryKey: adminKeys.all }),
  });
}

export function useScheduleReminder() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: RolloutMessage & { afterDays: number }) => adminApi.call('putRolloutReminder', { body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: rolloutKey }),
  });
}

export function useCancelReminder() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => adminApi.call('deleteRolloutReminder'),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: rolloutKey }),
  });
}

import { useQuery } from '@tanstack/react-query';
import { devApi } from '@/api/dev-client';
import { demoKeys } from './keys';

/** The seeded personas that can sign in (asked when the demo tools open). */
export const usePersonas = (enabled: boolean) =>
  useQuery({
    queryKey: demoKeys.personas(),
    queryFn: ({ signal }) => devApi.call('getPersonas', { signal }),
    enabled,
    throwOnError: false,
  });

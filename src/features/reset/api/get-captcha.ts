import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/api/api-client';
import { resetKeys } from './keys';

export const getCaptcha = (signal?: AbortSignal) => api.call('getCaptcha', { signal });

export const captchaQuery = () =>
  queryOptions({
    queryKey: resetKeys.captcha(),
    queryFn: ({ signal }) => getCaptcha(signal),
    // Each challenge is single use: never show a cached one.
    staleTime: 0,
    gcTime: 0,
  });

export const useCaptcha = () => useQuery(captchaQuery());

import { keepPreviousData, useQuery, type QueryKey } from '@tanstack/react-query';

/**
 * The one way to read a report or a page of activity: what it shows stays on screen while the
 * next range, filter or page loads (no flash of a loading state between them).
 */
export function useReportQuery<T>(queryKey: QueryKey, read: (signal: AbortSignal) => Promise<T>) {
  return useQuery({ queryKey, queryFn: ({ signal }) => read(signal), placeholderData: keepPreviousData });
}

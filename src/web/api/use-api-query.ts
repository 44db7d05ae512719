import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, clientErrorCodes } from './client';
import { invalidateAfterWrite, type ApiQueryKey } from './query-client';

/** State of one API read as seen by a component. */
export type ApiQueryState<T> = {
  data: T | undefined;
  error: ApiError | undefined;
  /** True while the answer for the current key is not in yet. */
  loading: boolean;
  /** The last answer received, possibly for an earlier key: lets a list stay on screen while the next page loads. */
  lastData: T | undefined;
  /** Asks again (the "try again" of an error). */
  refetch: () => void;
};

/** Any failure of a fetcher as an {@link ApiError}, so pages have one error shape to show. */
export function toApiError(cause: unknown): ApiError {
  if (cause instanceof ApiError) return cause;
  return new ApiError({
    code: clientErrorCodes.badResponse,
    message: cause instanceof Error ? cause.message : String(cause),
    status: 0,
  });
}

/**
 * One API read through the UI's query cache (TanStack Query, see docs/decisions/014). `key` names
 * the family first and then every input of the fetcher (`['agreement', id]`,
 * `['agreements', filter]`); `null` skips the request. The fetcher gets the query's abort signal,
 * so a slow answer for an old search is dropped rather than shown. While the answer for a new key
 * is on its way, `lastData` still holds the previous one. Mutations refresh a read by invalidating
 * its family, never by changing its key.
 */
export function useApiQuery<T>(
  key: ApiQueryKey | null,
  fetcher: (signal: AbortSignal) => Promise<T>,
): ApiQueryState<T> {
  const query = useQuery<T, ApiError>({
    queryKey: key ?? ['disabled'],
    queryFn: async ({ signal }) => {
      try {
        return await fetcher(signal);
      } catch (cause) {
        if (signal.aborted) throw cause;
        throw toApiError(cause);
      }
    },
    enabled: key !== null,
    placeholderData: keepPreviousData,
  });
  const refetch = () => void query.refetch();
  if (key === null)
    return { data: undefined, error: undefined, loading: false, lastData: undefined, refetch };
  const current = !query.isPlaceholderData;
  return {
    data: current ? query.data : undefined,
    error: query.error ?? undefined,
    loading: query.isPending || query.isPlaceholderData,
    lastData: query.data,
    refetch,
  };
}

/**
 * What a component calls after a write it made itself (outside `useMutation`): refetches the
 * query families the write changed that are on screen; resolves once they are in.
 */
export function useInvalidate(): (...families: ApiQueryKey[]) => Promise<void> {
  const client = useQueryClient();
  return (...families) => invalidateAfterWrite(client, families);
}

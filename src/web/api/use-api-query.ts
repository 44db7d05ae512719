import { useEffect, useRef, useState } from 'react';
import { ApiError, clientErrorCodes } from './client';

/** State of one API read as seen by a component. */
export type ApiQueryState<T> = {
  data: T | undefined;
  error: ApiError | undefined;
  /** True while the answer for the current key is not in yet. */
  loading: boolean;
  /** The last answer received, possibly for an earlier key: lets a list stay on screen while the next page loads. */
  lastData: T | undefined;
};

type Settled<T> = { key: string; data: T | undefined; error: ApiError | undefined };

/**
 * Runs `fetcher` whenever `key` changes and aborts the previous request, so a slow answer for an
 * old search can never overwrite the newest one. `key` must describe every input of the fetcher
 * (e.g. the URL); `null` skips the request. Loading is derived from whether the settled answer
 * belongs to the current key, which keeps state updates out of the effect body.
 */
export function useApiQuery<T>(
  key: string | null,
  fetcher: (signal: AbortSignal) => Promise<T>,
): ApiQueryState<T> {
  const [settled, setSettled] = useState<Settled<T> | undefined>(undefined);
  // The fetcher is a fresh closure on every render; only `key` decides when to fetch again.
  const fetcherRef = useRef(fetcher);
  useEffect(() => {
    fetcherRef.current = fetcher;
  });

  useEffect(() => {
    if (key === null) return;
    const controller = new AbortController();
    fetcherRef.current(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setSettled({ key, data, error: undefined });
      },
      (cause: unknown) => {
        if (controller.signal.aborted) return;
        const error =
          cause instanceof ApiError
            ? cause
            : new ApiError({
                code: clientErrorCodes.badResponse,
                message: cause instanceof Error ? cause.message : String(cause),
                status: 0,
              });
        setSettled({ key, data: undefined, error });
      },
    );
    return () => controller.abort();
  }, [key]);

  if (key === null) return { data: undefined, error: undefined, loading: false, lastData: undefined };
  const current = settled?.key === key ? settled : undefined;
  return {
    data: current?.data,
    error: current?.error,
    loading: current === undefined,
    lastData: settled?.data,
  };
}

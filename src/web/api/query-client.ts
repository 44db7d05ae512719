import { MutationCache, QueryClient } from '@tanstack/react-query';
import { ApiError, clientErrorCodes, onWriteSucceeded } from './client';

/**
 * The key of one API read: its first element names the family (`'agreement'`, `'agreements'`,
 * `'links'`...), the rest every input of the fetcher (ids, the filter object). A mutation
 * invalidates by prefix, e.g. `['agreement', id]` refreshes the agreement and every read under it.
 */
export type ApiQueryKey = readonly [family: string, ...inputs: unknown[]];

declare module '@tanstack/react-query' {
  interface Register {
    defaultError: ApiError;
    mutationMeta: {
      /**
       * The query families this mutation changes: refetched (when on screen) once it succeeded. A
       * function picks them from the answer (a deleted record's own key is not read again).
       */
      invalidates?: Invalidates;
    };
  }
}

/** What a mutation invalidates: fixed families, or families picked from its answer. */
export type Invalidates = readonly ApiQueryKey[] | ((data: unknown) => readonly ApiQueryKey[]);

/** The families `invalidates` names after a mutation answered `data`. */
export function invalidatedFamilies(
  invalidates: Invalidates | undefined,
  data: unknown,
): readonly ApiQueryKey[] {
  if (invalidates === undefined) return [];
  return typeof invalidates === 'function' ? invalidates(data) : invalidates;
}

/** Attempts after the first failure, for failures that may pass on their own. */
const maxRetries = 2;

/**
 * Whether a failed read is worth trying again: only when the server could not be reached or
 * failed on its side (5xx). A 4xx answer (not found, forbidden, invalid, session expired) gives
 * the same answer the next time, so it is shown at once.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= maxRetries) return false;
  if (!(error instanceof ApiError)) return false;
  return error.code === clientErrorCodes.network || error.status >= 500;
}

/** An answer this long old is still shown without asking again when a page mounts. */
export const staleTimeMs = 30_000;

/** The change history (`AuditHistory` reads it under this key, filtered by record or user). */
export const auditFamily: ApiQueryKey = ['audit'];

/**
 * After a write: refetches the families it changed that are on screen, awaited, so the caller sees
 * fresh data when this resolves (the rest of the cache is already stale: {@link staleAfterWrites}).
 * Every write is audited, so a history on screen is always refetched too (a proposed deletion's
 * entry stayed missing from the record's history until the page was opened again).
 */
export async function invalidateAfterWrite(
  client: QueryClient,
  families: readonly ApiQueryKey[] = [],
): Promise<void> {
  await Promise.all([...families, auditFamily].map((queryKey) => client.invalidateQueries({ queryKey })));
}

/**
 * The one QueryClient of the UI. Reads: retried only for network errors and 5xx
 * ({@link shouldRetry}); fresh for {@link staleTimeMs}; not refetched on window focus, because
 * forms start from the record they read and must not be overwritten under the user's hands (the
 * notification bell polls on its own). Mutations: never retried (a write is not idempotent);
 * on success the families named in `meta.invalidates` are refetched.
 *
 * Every successful write through the API client (a mutation or a plain `apiSend`/`apiUpload` in a
 * form) is also seen by {@link staleAfterWrites}, so no page opened after a write shows an answer
 * from before it; the page that wrote refetches what it shows through its invalidations.
 */
export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: staleTimeMs, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
    mutationCache: new MutationCache({
      onSuccess: (data, _variables, _context, mutation) =>
        invalidateAfterWrite(client, invalidatedFamilies(mutation.meta?.invalidates, data)),
    }),
  });
  return client;
}

/**
 * Keeps `client` from showing an answer from before a write: after each successful write, answers
 * no page shows are dropped (the next page to need one reads it afresh, as if nothing were cached)
 * and the ones on screen are marked stale (the writer refetches what its write changed, see
 * {@link invalidateAfterWrite}). Returns the unsubscribe.
 */
export function staleAfterWrites(client: QueryClient): () => void {
  return onWriteSucceeded(() => {
    client.removeQueries({ type: 'inactive' });
    void client.invalidateQueries({ type: 'active', refetchType: 'none' });
  });
}

/**
 * Empties the cache when the session's user changes from `previous` to `next` (user ids; null for
 * a visitor; undefined before the first answer of /api/auth/me): on logout, on an expired session
 * and on a login as someone else, nothing read for the previous user may be shown again.
 */
export function forgetPreviousUser(
  client: QueryClient,
  previous: string | null | undefined,
  next: string | null,
): void {
  if (previous !== undefined && previous !== next) client.clear();
}

/** Whether a failure says the session is gone (expired, ended elsewhere): 401. */
export function isSessionLost(error: unknown): boolean {
  return error instanceof ApiError && error.status === 401;
}

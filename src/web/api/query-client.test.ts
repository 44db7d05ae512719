import { MutationObserver, QueryObserver, type QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, apiSend, clientErrorCodes } from './client';
import {
  createQueryClient,
  forgetPreviousUser,
  isSessionLost,
  shouldRetry,
  staleAfterWrites,
  staleTimeMs,
} from './query-client';

const apiError = (status: number, code = 'SOMETHING') => new ApiError({ code, message: code, status });
const networkError = () => new ApiError({ code: clientErrorCodes.network, message: 'down', status: 0 });

describe('shouldRetry', () => {
  it('retries network failures and 5xx answers, twice at most', () => {
    expect(shouldRetry(0, networkError())).toBe(true);
    expect(shouldRetry(1, apiError(503, 'DATABASE_UNAVAILABLE'))).toBe(true);
    expect(shouldRetry(0, apiError(500, 'INTERNAL_ERROR'))).toBe(true);
    expect(shouldRetry(2, networkError())).toBe(false);
  });

  it('never retries a 4xx answer, nor a non-JSON answer, nor a stranger error', () => {
    for (const status of [400, 401, 403, 404, 409, 422, 429])
      expect(shouldRetry(0, apiError(status))).toBe(false);
    expect(
      shouldRetry(0, new ApiError({ code: clientErrorCodes.badResponse, message: 'html', status: 0 })),
    ).toBe(false);
    expect(shouldRetry(0, new Error('boom'))).toBe(false);
  });
});

describe('isSessionLost', () => {
  it('is a 401 answer only', () => {
    expect(isSessionLost(apiError(401, 'UNAUTHENTICATED'))).toBe(true);
    expect(isSessionLost(apiError(403, 'FORBIDDEN'))).toBe(false);
    expect(isSessionLost(new Error('401'))).toBe(false);
  });
});

describe('the query client', () => {
  let client: QueryClient;
  beforeEach(() => {
    client = createQueryClient();
  });
  afterEach(() => {
    client.clear();
    vi.unstubAllGlobals();
  });

  it('keeps an answer fresh for the stale time, so a page opened again shows it without asking', async () => {
    const fetcher = vi.fn(async () => 'agreement 1');
    await client.fetchQuery({ queryKey: ['agreement', '1'], queryFn: fetcher });
    await client.fetchQuery({ queryKey: ['agreement', '1'], queryFn: fetcher, staleTime: staleTimeMs });
    expect(fetcher).toHaveBeenCalledTimes(1);
  });

  it('shows a 404 at once (no retry) and tries a 503 again', async () => {
    const notFound = vi.fn(async () => {
      throw apiError(404, 'AGREEMENT_NOT_FOUND');
    });
    const observer = new QueryObserver(client, { queryKey: ['agreement', 'gone'], queryFn: notFound });
    const stop = observer.subscribe(() => {});
    await vi.waitFor(() => expect(observer.getCurrentResult().status).toBe('error'));
    expect(notFound).toHaveBeenCalledTimes(1);
    stop();

    let calls = 0;
    const flaky = async () => {
      calls += 1;
      if (calls === 1) throw apiError(503, 'DATABASE_UNAVAILABLE');
      return 'back';
    };
    const answer = await client.fetchQuery({ queryKey: ['dashboard'], queryFn: flaky, retryDelay: 0 });
    expect(answer).toBe('back');
    expect(calls).toBe(2);
  });

  it('refetches the families a mutation names, by prefix, and leaves the others alone', async () => {
    const reads = { agreement: 0, documents: 0, visit: 0 };
    const observe = (queryKey: readonly unknown[], name: keyof typeof reads) => {
      const observer = new QueryObserver(client, {
        queryKey,
        queryFn: async () => {
          reads[name] += 1;
          return reads[name];
        },
      });
      observer.subscribe(() => {});
      return observer;
    };
    const agreement = observe(['agreement', '1'], 'agreement');
    const documents = observe(['agreement', '1', 'documents'], 'documents');
    const visit = observe(['visit', '9'], 'visit');
    await vi.waitFor(() => expect(reads).toEqual({ agreement: 1, documents: 1, visit: 1 }));

    const mutation = new MutationObserver(client, {
      mutationFn: async () => 'confirmed',
      meta: { invalidates: [['agreement', '1']] },
    });
    await mutation.mutate();
    await vi.waitFor(() => expect(agreement.getCurrentResult().data).toBe(2));
    expect(documents.getCurrentResult().data).toBe(2);
    expect(visit.getCurrentResult().data).toBe(1);
    expect(reads.visit).toBe(1);
  });

  it('after a write drops the answers no page shows and marks the shown ones stale', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('{"ok":true}', { status: 200 })),
    );
    const stop = staleAfterWrites(client);
    client.setQueryData(['agreements', { page: 1 }], 'the list before the write');
    const shown = new QueryObserver(client, {
      queryKey: ['agreement', '1'],
      queryFn: async () => 'agreement 1',
    });
    const unsubscribe = shown.subscribe(() => {});
    await vi.waitFor(() => expect(shown.getCurrentResult().data).toBe('agreement 1'));
    expect(client.getQueryState(['agreement', '1'])?.isInvalidated).toBe(false);

    await apiSend('POST', '/api/agreements/1/confirm');

    expect(client.getQueryData(['agreements', { page: 1 }])).toBeUndefined();
    expect(client.getQueryState(['agreement', '1'])?.isInvalidated).toBe(true);
    unsubscribe();
    stop();
  });

  it('keeps the cache when a write fails', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () =>
          new Response('{"error":{"code":"VERSION_CONFLICT","message":"x"}}', {
            status: 409,
            headers: { 'Content-Type': 'application/json' },
          }),
      ),
    );
    const stop = staleAfterWrites(client);
    client.setQueryData(['agreements', { page: 1 }], 'the list');
    await expect(apiSend('PUT', '/api/agreements/1', {})).rejects.toBeInstanceOf(ApiError);
    expect(client.getQueryData(['agreements', { page: 1 }])).toBe('the list');
    stop();
  });
});

describe('forgetPreviousUser', () => {
  const seeded = () => {
    const client = createQueryClient();
    client.setQueryData(['agreement', '1'], 'read for the previous user');
    client.setQueryData(['notifications', 'unread-count'], { unread: 3 });
    return client;
  };

  it('empties the cache on logout, on an expired session and on a login as someone else', () => {
    for (const [previous, next] of [
      ['user-a', null],
      ['user-a', 'user-b'],
      [null, 'user-b'],
    ] as const) {
      const client = seeded();
      forgetPreviousUser(client, previous, next);
      expect(client.getQueryCache().getAll()).toHaveLength(0);
    }
  });

  it('keeps the cache for the same user and at the first answer of /me', () => {
    for (const [previous, next] of [
      ['user-a', 'user-a'],
      [null, null],
      [undefined, 'user-a'],
      [undefined, null],
    ] as const) {
      const client = seeded();
      forgetPreviousUser(client, previous, next);
      expect(client.getQueryData(['agreement', '1'])).toBe('read for the previous user');
    }
  });
});

import { MutationObserver, QueryObserver, type QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DeletionResult } from './pending-changes';
import { createQueryClient } from './query-client';
import {
  decidePendingChangeMutation,
  deleteRecordMutation,
  recordChangeMutation,
  recordFamilies,
} from './record-mutations';

/** Reads on screen, each counting how often it was fetched. */
function screen(client: QueryClient, keys: Record<string, readonly unknown[]>) {
  const reads: Record<string, number> = Object.fromEntries(Object.keys(keys).map((name) => [name, 0]));
  const stops = Object.entries(keys).map(([name, queryKey]) =>
    new QueryObserver(client, {
      queryKey,
      queryFn: async () => {
        reads[name] = (reads[name] ?? 0) + 1;
        return reads[name];
      },
    }).subscribe(() => {}),
  );
  return { reads, stop: () => stops.forEach((stop) => stop()) };
}

/**
 * What a visit page and the pages beside it show: the visit, a document under it, its history, its
 * list, another record.
 */
const visitPage = {
  visit: ['visit', 'v1'],
  documents: ['visit', 'v1', 'documents'],
  history: ['audit', { entityType: 'visit', entityId: 'v1' }],
  list: ['visits', { page: 1 }],
  regionSection: ['visits', 'region', '3275', 'made'],
  otherVisit: ['visit', 'v2'],
  meeting: ['meeting', 'm1'],
} as const;

/** The visit page after its record changed: the record, what is under it, its history and lists. */
const recordRefetched = { visit: 2, documents: 2, history: 2, list: 2, otherVisit: 1, meeting: 1 };

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

describe('record mutations', () => {
  let client: QueryClient;
  let page: ReturnType<typeof screen>;
  beforeEach(async () => {
    client = createQueryClient();
    page = screen(client, visitPage);
    await vi.waitFor(() => expect(Object.values(page.reads)).toEqual([1, 1, 1, 1, 1, 1, 1]));
  });
  afterEach(() => {
    page.stop();
    client.clear();
    vi.unstubAllGlobals();
  });

  const run = <Data, Variables>(
    options: { mutationFn: (variables: Variables) => Promise<Data> },
    variables: Variables,
  ) => new MutationObserver(client, options).mutate(variables);

  it('names the record, what is read under it, and its lists', () => {
    expect(recordFamilies('agreement', 'a1')).toEqual([['agreement', 'a1'], ['agreements']]);
    expect(recordFamilies('program', 'p1')).toEqual([['program', 'p1'], ['programs']]);
  });

  it('a change refetches the record, what is under it, its lists and the history, and nothing else', async () => {
    const change = vi.fn(async (note: string) => ({ note }));
    await run(recordChangeMutation('visit', 'v1', change), 'confirmed');
    expect(change).toHaveBeenCalledWith('confirmed');
    expect(page.reads).toEqual({
      visit: 2,
      documents: 2,
      history: 2,
      list: 2,
      regionSection: 2,
      otherVisit: 1,
      meeting: 1,
    });
  });

  it('a failed change refetches nothing and gives its error to the page', async () => {
    const refused = vi.fn(async () => {
      throw new Error('refused');
    });
    await expect(run(recordChangeMutation('visit', 'v1', refused), undefined)).rejects.toThrow('refused');
    expect(page.reads.visit).toBe(1);
  });

  it('a deletion waiting for the other parties refetches the record, which shows it pending', async () => {
    const pending = { ok: false, pendingChange: { id: 'c1' } } as unknown as DeletionResult;
    const remove = vi.fn(async () => pending);
    expect(await run(deleteRecordMutation('visit', 'v1', remove), undefined)).toBe(pending);
    expect(remove).toHaveBeenCalledWith('v1');
    expect(page.reads).toMatchObject(recordRefetched);
  });

  it('a deletion done refetches the lists only: the deleted record is not read again', async () => {
    await run(
      deleteRecordMutation('visit', 'v1', async () => ({ ok: true })),
      undefined,
    );
    expect(page.reads).toMatchObject({ visit: 1, documents: 1, list: 2, regionSection: 2, otherVisit: 1 });
  });

  it('a decision on a pending change posts to the record type and refetches the record and its lists', async () => {
    const fetch = vi.fn(async (_url: string, _init?: RequestInit) =>
      json({ status: 'applied', record: { id: 'v1' } }),
    );
    vi.stubGlobal('fetch', fetch);
    await run(decidePendingChangeMutation('visit', 'v1'), { changeId: 'c1', decision: 'confirm' });
    expect(fetch.mock.calls[0]?.[0]).toContain('/api/visits/v1/pending-changes/c1/confirm');
    expect(fetch.mock.calls[0]?.[1]?.method).toBe('POST');
    expect(page.reads).toMatchObject(recordRefetched);
  });

  it('a decision that leaves the record gone for the reader refetches its lists only', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => json({ status: 'applied', record: null })),
    );
    await run(decidePendingChangeMutation('visit', 'v1'), { changeId: 'c1', decision: 'reject' });
    expect(page.reads).toMatchObject({ visit: 1, documents: 1, list: 2, otherVisit: 1 });
  });

  it('posts a decision on a meeting, an agreement or a program to its own API', async () => {
    const fetch = vi.fn(async () => json({ status: 'rejected', record: {} }));
    vi.stubGlobal('fetch', fetch);
    for (const type of ['agreement', 'meeting', 'program'] as const)
      await run(decidePendingChangeMutation(type, 'x1'), { changeId: 'c9', decision: 'reject' });
    expect(fetch.mock.calls.map((call: unknown[]) => String(call[0]))).toEqual([
      expect.stringContaining('/api/agreements/x1/pending-changes/c9/reject'),
      expect.stringContaining('/api/meetings/x1/pending-changes/c9/reject'),
      expect.stringContaining('/api/programs/x1/pending-changes/c9/reject'),
    ]);
  });
});

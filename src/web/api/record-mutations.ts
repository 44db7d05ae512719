import { useMutation } from '@tanstack/react-query';
import { decidePendingChange, type DeletionResult } from './pending-changes';
import type { ApiQueryKey, Invalidates } from './query-client';

/** The shared records (decision 009): their changes may wait for the other parties' consent. */
export type SharedRecordType = 'agreement' | 'visit' | 'meeting' | 'program';

/** Per shared record type, its list family (also the sections of parents and region pages) and API path. */
const sharedRecords: Readonly<Record<SharedRecordType, { list: string; basePath: string }>> = {
  agreement: { list: 'agreements', basePath: '/api/agreements' },
  visit: { list: 'visits', basePath: '/api/visits' },
  meeting: { list: 'meetings', basePath: '/api/meetings' },
  program: { list: 'programs', basePath: '/api/programs' },
};

/** The families that show records of `type`: its lists, list pages and the sections listing them. */
export function listFamily(type: SharedRecordType): ApiQueryKey {
  return [sharedRecords[type].list];
}

/**
 * The families that show one record: the record and every read under its key (documents,
 * evaluations, sources...), and the lists it is in. Its history refetches after every write
 * (`invalidateAfterWrite`).
 */
export function recordFamilies(type: SharedRecordType, id: string): ApiQueryKey[] {
  return [[type, id], listFamily(type)];
}

/** `invalidates` picked from a mutation's typed answer (the cache hands it over untyped). */
function fromAnswer<T>(pick: (answer: T) => readonly ApiQueryKey[]): Invalidates {
  return (answer) => pick(answer as T);
}

/**
 * A change that leaves the record in place (a confirmation, a lifecycle step, a restore): on
 * success the record and its lists are refetched (docs/decisions/014).
 */
export function recordChangeMutation<Input, Output>(
  type: SharedRecordType,
  id: string,
  change: (input: Input) => Promise<Output>,
) {
  // Called with its input alone: TanStack passes the mutation's context as a second argument.
  return { mutationFn: (input: Input) => change(input), meta: { invalidates: recordFamilies(type, id) } };
}

/**
 * The deletion of a record: once deleted, only its lists are refetched (the page leaves the
 * record, whose own key is not read again); a deletion that waits for the other parties refetches
 * the record too, so the page shows the pending deletion.
 */
export function deleteRecordMutation(
  type: SharedRecordType,
  id: string,
  remove: (id: string) => Promise<DeletionResult>,
) {
  return {
    mutationFn: () => remove(id),
    meta: {
      invalidates: fromAnswer<DeletionResult>((result) =>
        result.ok ? [listFamily(type)] : recordFamilies(type, id),
      ),
    },
  };
}

/** A party's decision on a pending change of a shared record (decision 009). */
export type PendingDecision = { changeId: string; decision: 'confirm' | 'reject' };

/**
 * Consent to or rejection of a pending change: the record and its lists are refetched, or only its
 * lists when the record is gone for the reader (deleted, or their region removed from it).
 */
export function decidePendingChangeMutation(type: SharedRecordType, id: string) {
  type Decided = Awaited<ReturnType<typeof decidePendingChange>>;
  return {
    mutationFn: ({ changeId, decision }: PendingDecision) =>
      decidePendingChange(sharedRecords[type].basePath, id, changeId, decision),
    meta: {
      invalidates: fromAnswer<Decided>((result) =>
        result.record ? recordFamilies(type, id) : [listFamily(type)],
      ),
    },
  };
}

/** {@link recordChangeMutation} as a hook. */
export function useRecordChange<Input, Output>(
  type: SharedRecordType,
  id: string,
  change: (input: Input) => Promise<Output>,
) {
  return useMutation(recordChangeMutation(type, id, change));
}

/** {@link deleteRecordMutation} as a hook. */
export function useDeleteRecord(
  type: SharedRecordType,
  id: string,
  remove: (id: string) => Promise<DeletionResult>,
) {
  return useMutation(deleteRecordMutation(type, id, remove));
}

/** {@link decidePendingChangeMutation} as a hook. */
export function useDecidePendingChange(type: SharedRecordType, id: string) {
  return useMutation(decidePendingChangeMutation(type, id));
}

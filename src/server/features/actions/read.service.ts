/**
 * Reads of follow-up actions: one action with its parent and what the reader may do, lists with
 * filters (scoped by the record core's read scope), the rolled-up summary of a parent, CSV export and
 * comments. An action the reader may not see answers 404 ACTION_NOT_FOUND.
 */
import type { Actor } from '../../auth/policy.js';
import { assertRecordVisible, readScope, recordNotFound } from '../../auth/record-access.js';
import type { Db } from '../../db/client.js';
import { actionStatuses, type ActionParentType, type ActionStatus } from '../../../domain/records/kinds.js';
import type {
  ActionCommentDto,
  ActionDetailDto,
  ActionSummaryDto,
} from '../../../domain/records/action-dto.js';
import { csvLine, utf8Bom } from '../agreements/csv.js';
import { todayIso } from '../agreements/rules.service.js';
import { actionAccess, actionTenancy, presentAction } from './model.js';
import { visibleParent } from './parents.js';
import {
  findAction,
  listActionPage,
  listActionRows,
  listComments as listCommentRows,
  summarizeActions,
  type ActionFilters,
} from './repo.js';

export async function getAction(db: Db, actor: Actor, id: string): Promise<ActionDetailDto> {
  const row = await findAction(db, id);
  if (!row) throw recordNotFound('action', id);
  assertRecordVisible(actor, 'action', { id, ...actionTenancy(row) });
  const parent = await visibleParent(db, actor, row.parentType as ActionParentType, row.parentId);
  return {
    ...presentAction(row, todayIso()),
    parent: parent
      ? { type: parent.type, id: parent.id, title: parent.title, startDate: parent.startDate }
      : null,
    access: actionAccess(actor, row),
  };
}

export type ListQuery = ActionFilters & { page: number; pageSize: number };

export async function listActions(db: Db, actor: Actor, query: ListQuery) {
  const { page, pageSize, ...filters } = query;
  const today = todayIso();
  const { rows, total } = await listActionPage(db, readScope(actor), filters, today, {
    limit: pageSize,
    offset: (page - 1) * pageSize,
  });
  return { items: rows.map((row) => presentAction(row, today)), total, page, pageSize };
}

/**
 * The roll-up of the actions the reader sees under the filters (usually one parent): the count per
 * status, how many are overdue, and the average progress of the actions not cancelled (batal), which
 * is the parent's rolled-up progress (null when there is none).
 */
export async function summarizeActionsFor(
  db: Db,
  actor: Actor,
  filters: ActionFilters,
): Promise<ActionSummaryDto> {
  const rows = await summarizeActions(db, readScope(actor), filters, todayIso());
  const byStatus = Object.fromEntries(actionStatuses.map((status) => [status, 0])) as Record<
    (typeof actionStatuses)[number],
    number
  >;
  let overdue = 0;
  let counted = 0;
  let progressSum = 0;
  for (const row of rows) {
    if (row.status in byStatus) byStatus[row.status as keyof typeof byStatus] = row.count;
    overdue += row.overdue;
    if (row.status === 'batal') continue;
    counted += row.count;
    progressSum += row.progressSum;
  }
  return {
    total: rows.reduce((sum, row) => sum + row.count, 0),
    byStatus,
    overdue,
    progress: counted > 0 ? Math.round(progressSum / counted) : null,
  };
}

const csvHeader = [
  'id',
  'judul',
  'jenis_induk',
  'id_induk',
  'opd',
  'wilayah_opd',
  'tenggat',
  'status',
  'progres',
  'terlambat',
  'selesai_pada',
  'diperbarui',
];
const csvPageSize = 500;

/** The actions matching the filters as CSV, page by page. */
export async function* exportActionsCsv(
  db: Db,
  actor: Actor,
  filters: ActionFilters,
): AsyncGenerator<string> {
  const today = todayIso();
  const scope = readScope(actor);
  yield utf8Bom + csvLine(csvHeader);
  for (let offset = 0; ; offset += csvPageSize) {
    const rows = await listActionRows(db, scope, filters, today, { limit: csvPageSize, offset });
    if (rows.length === 0) return;
    let chunk = '';
    for (const row of rows) {
      const action = presentAction(row, today);
      chunk += csvLine([
        action.id,
        action.title,
        action.parentType,
        action.parentId,
        action.opd.name,
        action.opd.regionCode,
        action.dueDate,
        action.status,
        action.progress,
        action.overdue ? 'ya' : 'tidak',
        action.completedAt,
        action.updatedAt,
      ]);
    }
    yield chunk;
    if (rows.length < csvPageSize) return;
  }
}

export async function listActionComments(
  db: Db,
  actor: Actor,
  id: string,
): Promise<{ items: ActionCommentDto[] }> {
  const action = await findAction(db, id);
  if (!action) throw recordNotFound('action', id);
  assertRecordVisible(actor, 'action', { id, ...actionTenancy(action) });
  const rows = await listCommentRows(db, id);
  return {
    items: rows.map((row) => ({
      id: row.id,
      body: row.body,
      status: row.status as ActionStatus | null,
      progress: row.progress,
      authorId: row.authorId,
      authorName: row.authorName,
      createdAt: row.createdAt.toISOString(),
    })),
  };
}

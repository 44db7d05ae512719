import { recordAudit, type RequestContext } from '../../audit.js';
import { assertManagesDirectoryEntry } from '../../auth/directory-access.js';
import type { UserActor } from '../../auth/policy.js';
import type { Db } from '../../db/client.js';
import { AppError } from '../../errors.js';
import {
  futureDateIssue,
  issuesFromZod,
  latestAcceptedDates,
  makeIssue,
  type AgreementRules,
  type Issue,
} from '../../../domain/agreements/index.js';
import {
  levelOfOffice,
  officeLabels,
  type ActingKind,
  type Office,
} from '../../../domain/agreements/kinds.js';
import { holderOn, termSchema, type Term } from '../../../domain/officials/index.js';
import { regionByCode } from '../../../domain/regions/index.js';
import { loadRules, todayIso } from '../agreements/rules.service.js';
import {
  deleteTermRow,
  findTerm,
  insertTerm,
  listTerms,
  updateTermRow,
  type OfficialTermRow,
} from './repo.js';

export type TermInput = {
  personName: string;
  office: Office;
  actingKind: ActingKind;
  regionCode: string;
  start: string;
  end: string | null;
};

type WriteContext = RequestContext & { actor: UserActor };

export function presentTerm(row: OfficialTermRow) {
  return {
    id: row.id,
    personName: row.personName,
    office: row.office as Office,
    actingKind: row.actingKind as ActingKind,
    regionCode: row.regionCode,
    start: row.startDate,
    end: row.endDate,
    createdAt: row.createdAt.toISOString(),
  };
}
export type TermDto = ReturnType<typeof presentTerm>;

/** A stored term in the domain's shape (for holderOn / checkSignatoryTerm). */
export function toDomainTerm(row: OfficialTermRow): Term & { id: string } {
  return {
    id: row.id,
    personName: row.personName,
    office: row.office as Office,
    actingKind: row.actingKind as ActingKind,
    regionCode: row.regionCode,
    start: row.startDate,
    end: row.endDate,
  };
}

/** Every term of the given regions (with its id), for signatory checks by other features. */
export async function termsOfRegions(
  db: Db,
  regionCodes: readonly string[],
): Promise<Array<Term & { id: string }>> {
  if (regionCodes.length === 0) return [];
  return (await listTerms(db, { regionCodes })).map(toDomainTerm);
}

/** The terms of a region (one office, or those covering a date) and the suggested holder on the date. */
export async function listOfficials(
  db: Db,
  query: { regionCode: string; office?: Office | undefined; date?: string | undefined },
) {
  if (!regionByCode(query.regionCode)) {
    throw new AppError('REGION_NOT_FOUND', `Region ${query.regionCode} does not exist`, 'regionCode');
  }
  const rows = await listTerms(db, {
    regionCodes: [query.regionCode],
    office: query.office,
    date: query.date,
  });
  const holder =
    query.office && query.date
      ? holderOn(rows.map(toDomainTerm), query.regionCode, query.office, query.date)
      : undefined;
  const holderRow = holder ? rows.find((row) => row.id === (holder as Term & { id: string }).id) : undefined;
  return { items: rows.map(presentTerm), holder: holderRow ? presentTerm(holderRow) : null };
}

/** The term's region, or REGION_NOT_FOUND: the region directory is public, so this reveals nothing. */
function termRegion(input: TermInput) {
  const region = regionByCode(input.regionCode);
  if (!region) {
    throw new AppError('REGION_NOT_FOUND', `Region ${input.regionCode} does not exist`, 'body.regionCode');
  }
  return region;
}

/**
 * The business rules of a term. Called only after `assertManage`: a user who may not manage the
 * region learns that (403), not what is wrong with the term (422). Its dates follow the agreement
 * rules' limits on the future: a start is an event (`maxFutureDays`), an end is the planned end of
 * a five-year term, so it may lie as far ahead as an agreement's end of validity.
 */
function checkTerm(input: TermInput, rules: AgreementRules, today: string): void {
  const region = termRegion(input);
  // A Bupati of a kota or a Gubernur of a kabupaten is a slip that would hide the real holder.
  const level = levelOfOffice(input.office);
  if (level !== null && level !== region.level) {
    const issue = makeIssue(
      'OFFICE_NOT_FOR_REGION_LEVEL',
      'error',
      'office',
      `${officeLabels[input.office].en} is not an office of a ${region.level}`,
      { office: input.office, level: region.level },
    );
    throw new AppError('RULE_VIOLATION', issue.message, 'body.office', [issue]);
  }
  const parsed = termSchema.safeParse(input);
  if (!parsed.success) throw termRuleViolation(issuesFromZod(parsed.error.issues));
  const latest = latestAcceptedDates(today, rules);
  const futureIssues = [
    futureDateIssue('start', input.start, latest.event),
    futureDateIssue('end', input.end, latest.validUntil),
  ].filter((issue): issue is Issue => issue !== null);
  if (futureIssues.length > 0) throw termRuleViolation(futureIssues);
}

/** 422 RULE_VIOLATION naming the first issue's field (as body.<field>), with every issue in details. */
function termRuleViolation(issues: Issue[]): AppError {
  const first = issues[0];
  return new AppError(
    'RULE_VIOLATION',
    first?.message ?? 'Invalid term',
    first?.field ? `body.${first.field}` : undefined,
    issues,
  );
}

function assertManage(actor: UserActor, regionCode: string): void {
  assertManagesDirectoryEntry(actor, 'official', regionCode);
}

export async function createTerm(db: Db, ctx: WriteContext, input: TermInput) {
  termRegion(input);
  assertManage(ctx.actor, input.regionCode);
  checkTerm(input, await loadRules(db), todayIso());
  return db.transaction(async (tx) => {
    const row = await insertTerm(tx, {
      personName: input.personName,
      office: input.office,
      actingKind: input.actingKind,
      regionCode: input.regionCode,
      startDate: input.start,
      endDate: input.end,
      createdBy: ctx.actor.id,
    });
    const dto = presentTerm(row);
    await recordAudit(tx, ctx, {
      action: 'official_term.create',
      entityType: 'official_term',
      entityId: row.id,
      regionCodes: [row.regionCode],
      after: dto,
    });
    return dto;
  });
}

async function loadTerm(db: Db, id: string): Promise<OfficialTermRow> {
  const row = await findTerm(db, id);
  if (!row) throw new AppError('OFFICIAL_TERM_NOT_FOUND', `Term ${id} does not exist`, 'id');
  return row;
}

export async function updateTerm(db: Db, ctx: WriteContext, id: string, changes: Partial<TermInput>) {
  return db.transaction(async (tx) => {
    const before = await loadTerm(tx, id);
    assertManage(ctx.actor, before.regionCode);
    const current = presentTerm(before);
    const next: TermInput = {
      personName: changes.personName ?? current.personName,
      office: changes.office ?? current.office,
      actingKind: changes.actingKind ?? current.actingKind,
      regionCode: changes.regionCode ?? current.regionCode,
      start: changes.start ?? current.start,
      end: changes.end !== undefined ? changes.end : current.end,
    };
    termRegion(next);
    assertManage(ctx.actor, next.regionCode);
    checkTerm(next, await loadRules(tx), todayIso());
    const row = await updateTermRow(tx, id, {
      personName: next.personName,
      office: next.office,
      actingKind: next.actingKind,
      regionCode: next.regionCode,
      startDate: next.start,
      endDate: next.end,
    });
    const dto = presentTerm(row);
    await recordAudit(tx, ctx, {
      action: 'official_term.update',
      entityType: 'official_term',
      entityId: id,
      regionCodes: [...new Set([before.regionCode, row.regionCode])],
      before: current,
      after: dto,
    });
    return dto;
  });
}

export async function deleteTerm(db: Db, ctx: WriteContext, id: string) {
  await db.transaction(async (tx) => {
    const before = await loadTerm(tx, id);
    assertManage(ctx.actor, before.regionCode);
    await deleteTermRow(tx, id);
    await recordAudit(tx, ctx, {
      action: 'official_term.delete',
      entityType: 'official_term',
      entityId: id,
      regionCodes: [before.regionCode],
      before: presentTerm(before),
    });
  });
}

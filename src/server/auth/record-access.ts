/**
 * Tenancy of every record type (agreements, visits, meetings, follow-up actions, programs), on top of
 * the policy: a shared record belongs to all its party regions, may be published, and may name the OPD
 * responsible for it. The per-record check (`assertRecordVisible`, `assertRecordAllowed`) and the SQL
 * list filter (`readScope` + `scopeCondition`) are written here once, next to the policy, and tested
 * against each other (record-access.test.ts).
 *
 * Reads of a record the actor may not see answer 404 (never 403, which would reveal that it exists);
 * writes on a visible record the actor may not change answer 403.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { RecordType } from '../../domain/records/kinds.js';
import { stages, type Stage } from '../../domain/agreements/stages.js';
import { childrenOf } from '../../domain/regions/index.js';
import type { ErrorCode } from '../../domain/errors.js';
import { evaluatorRoles, type EvaluatorRole } from '../../domain/monitoring/evaluation.js';
import { AppError, forbidden } from '../errors.js';
import { can, canPublish, type Actor, type Permission, type Target } from './policy.js';

/** What the policy needs to know of any record. */
export type RecordTenancy = {
  partyRegionCodes: readonly string[];
  published: boolean;
  /** The lifecycle stage, for agreements. */
  stage?: string | null;
  /** The responsible OPD (ids): an OPD officer changes only what their OPD is responsible for. */
  responsibleOpdIds?: readonly string[];
};

/** The permission that reads each record type. */
export const readPermission: Record<RecordType, Permission> = {
  agreement: 'agreement:read',
  visit: 'record:read',
  meeting: 'record:read',
  action: 'record:read',
  program: 'record:read',
};

const notFoundCode: Record<RecordType, ErrorCode> = {
  agreement: 'AGREEMENT_NOT_FOUND',
  visit: 'VISIT_NOT_FOUND',
  meeting: 'MEETING_NOT_FOUND',
  action: 'ACTION_NOT_FOUND',
  program: 'PROGRAM_NOT_FOUND',
};

function isStage(value: string): value is Stage {
  return (stages as readonly string[]).includes(value);
}

/** The policy's view of a record. */
export function recordTarget(record: RecordTenancy): Target {
  return {
    regionCodes: record.partyRegionCodes,
    published: record.published,
    opdIds: record.responsibleOpdIds ?? [],
    ...(record.stage != null && isStage(record.stage) ? { stage: record.stage } : {}),
  };
}

/** Whether the actor may exercise `permission` on the record (no error). */
export function canOnRecord(actor: Actor, permission: Permission, record: RecordTenancy): boolean {
  return can(actor, permission, recordTarget(record));
}

export function recordNotFound(type: RecordType, id: string): AppError {
  return new AppError(notFoundCode[type], `No ${type} ${id} exists`, 'id');
}

/** Throws <TYPE>_NOT_FOUND unless the actor may read the record. */
export function assertRecordVisible(
  actor: Actor,
  type: RecordType,
  record: RecordTenancy & { id: string },
  permission: Permission = readPermission[type],
): void {
  if (!can(actor, permission, recordTarget(record))) throw recordNotFound(type, record.id);
}

/** Throws 404 when the record is invisible to the actor, 403 when visible but `permission` is not granted. */
export function assertRecordAllowed(
  actor: Actor,
  type: RecordType,
  record: RecordTenancy & { id: string },
  permission: Permission,
): void {
  assertRecordVisible(actor, type, record);
  if (!can(actor, permission, recordTarget(record))) {
    throw new AppError('FORBIDDEN', `You may not do this on this ${type} (${permission})`);
  }
}

/** What the actor may do on a visible record, for the UI to offer only what the server allows. */
export function recordAccessOf(actor: Actor, type: Exclude<RecordType, 'agreement'>, record: RecordTenancy) {
  const target = recordTarget(record);
  return {
    update: can(actor, 'record:update', target),
    delete: can(actor, 'record:delete', target),
    publish: canPublish(actor, target),
    /** Actions only: report status and progress (the owning OPD, or an administrator of a party). */
    report: type === 'action' && can(actor, 'action:report', target),
  };
}

/**
 * Which evaluation forms (by evaluator role, domain/monitoring) the actor may write on an agreement
 * it can read: a party's region administrator any of them; a reviewer of a party region the Bagian
 * Kerja Sama's; an OPD officer of a responsible OPD the implementing OPD's; a system administrator
 * any. Everyone else none (viewer, oversight, another OPD, another region).
 */
export function evaluationFormsOf(actor: Actor, agreement: RecordTenancy): EvaluatorRole[] {
  if (actor.kind !== 'user' || !can(actor, 'evaluation:write', recordTarget(agreement))) return [];
  if (actor.role === 'reviewer') return ['bagian_kerja_sama'];
  if (actor.role === 'opd_officer') return ['opd_pelaksana'];
  return [...evaluatorRoles];
}

/** Throws 404 when the agreement is invisible, 403 when the actor may not write this evaluator's form. */
export function assertEvaluationAllowed(
  actor: Actor,
  agreement: RecordTenancy & { id: string },
  evaluatorRole: EvaluatorRole,
): void {
  assertRecordVisible(actor, 'agreement', agreement);
  if (!evaluationFormsOf(actor, agreement).includes(evaluatorRole)) {
    throw forbidden(
      'EVALUATOR_ROLE_NOT_ALLOWED',
      `You may not write the ${evaluatorRole} evaluation of this agreement`,
      'body.evaluatorRole',
    );
  }
}

/** Which records a reader may list: the SQL form of the policy's read rule, for every record type. */
export type ReadScope =
  | { kind: 'all' }
  | { kind: 'published' }
  | { kind: 'regions'; regionCodes: string[]; includePublished: boolean };

/**
 * The scope of `can(actor, readPermission, ...)` for lists. Every logged-in role reads its own
 * region's records and everything published; oversight reads its jurisdiction (a province and its
 * kabupaten/kota, or the whole country).
 */
export function readScope(actor: Actor): ReadScope {
  if (actor.kind === 'anonymous') return { kind: 'published' };
  if (actor.role === 'system_admin') return { kind: 'all' };
  if (actor.role === 'oversight') {
    if (actor.oversightScope === 'national') return { kind: 'all' };
    // Oversight never sees less than an anonymous visitor: its jurisdiction plus everything published.
    if (!actor.regionCode) return { kind: 'regions', regionCodes: [], includePublished: true };
    const codes = [actor.regionCode, ...childrenOf(actor.regionCode).map((region) => region.code)];
    return { kind: 'regions', regionCodes: codes, includePublished: true };
  }
  return {
    kind: 'regions',
    regionCodes: actor.regionCode ? [actor.regionCode] : [],
    includePublished: true,
  };
}

/**
 * The records of the actor's own region or jurisdiction only, without the published records of others:
 * what a dashboard counts ("our agreements"). Narrower than `readScope`, never wider.
 */
export function ownScope(actor: Actor): ReadScope {
  const scope = readScope(actor);
  return scope.kind === 'regions' ? { ...scope, includePublished: false } : scope;
}

/** A text[] literal bound as parameters. */
export function textArray(values: readonly string[]): SQL {
  return sql`array[${sql.join(
    values.map((value) => sql`${value}`),
    sql`, `,
  )}]::text[]`;
}

/** The columns of the record core that the scope reads, in any record table. */
export type TenancyColumns = { partyRegionCodes: PgColumn; published: PgColumn };

/** The WHERE condition of a read scope on a record table (undefined: no restriction). */
export function scopeCondition(scope: ReadScope, table: TenancyColumns): SQL | undefined {
  if (scope.kind === 'all') return undefined;
  if (scope.kind === 'published') return sql`${table.published} = true`;
  const own = scope.regionCodes.length
    ? sql`${table.partyRegionCodes} && ${textArray(scope.regionCodes)}`
    : sql`false`;
  return scope.includePublished ? sql`(${own} or ${table.published} = true)` : own;
}

/**
 * `scopeCondition` of a list that also keeps only the records of one party region (its `region`
 * filter): when that region is one of the scope's own regions, every record the filter keeps is the
 * reader's own, so the scope adds nothing and is left out. The planner then reads and estimates the
 * region alone instead of "own or published, and the region".
 */
export function scopeConditionWithin(
  scope: ReadScope,
  table: TenancyColumns,
  region: string | undefined,
): SQL | undefined {
  if (region !== undefined && scope.kind === 'regions' && scope.regionCodes.includes(region))
    return undefined;
  return scopeCondition(scope, table);
}

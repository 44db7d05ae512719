/**
 * The SQL of agreement health: the counts and dates each agreement's health is computed from, read for a
 * batch of agreements at once, and the batch write of the results.
 */
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Db } from '../../db/client.js';
import { textArray } from '../../auth/record-access.js';

export type HealthSourceRow = {
  id: string;
  document_type: string;
  stage: string;
  signing_date: string | null;
  valid_until: string | null;
  /** Null when the agreement has no agreement_health row (the invariant test says it never happens). */
  health: string | null;
  health_reasons: unknown;
  pks_count: number | string;
  overdue_actions: number | string;
  last_activity: string | null;
};

/** The latest date of the linked records of one type (a visit's start, a meeting's day), either direction. */
function linkedDate(
  type: 'visit' | 'meeting',
  table: 'visits' | 'meetings',
  column: 'start_date' | 'date',
): SQL {
  // Two lookups, one per direction, so each uses its index on record_links.
  return sql.raw(`(select max(r.${column}) from record_links l join ${table} r on r.id = l.to_id
       where l.from_type = 'agreement' and l.from_id = a.id and l.to_type = '${type}' and r.deleted_at is null),
    (select max(r.${column}) from record_links l join ${table} r on r.id = l.from_id
       where l.to_type = 'agreement' and l.to_id = a.id and l.from_type = '${type}' and r.deleted_at is null)`);
}

/** Activity around an agreement: its actions' updates, its PKS' signing, and linked visits and meetings. */
const lastActivitySql = sql`greatest(
  (select max(f.updated_at)::date from follow_up_actions f
     where f.parent_type = 'agreement' and f.parent_id = a.id and f.deleted_at is null),
  (select max(c.signing_date) from agreements c where c.parent_id = a.id and c.deleted_at is null),
  ${linkedDate('visit', 'visits', 'start_date')},
  ${linkedDate('meeting', 'meetings', 'date')}
)`;

/**
 * The health inputs of up to `limit` live agreements, by id: those after `afterId` (a full recompute
 * walks the table in id order), or exactly `ids`.
 */
export async function healthSources(
  db: Db,
  today: string,
  selection: { afterId: string | null; limit: number } | { ids: readonly string[] },
): Promise<HealthSourceRow[]> {
  const where: SQL =
    'ids' in selection
      ? sql`a.id = any(${textArray(selection.ids)}::uuid[])`
      : selection.afterId
        ? sql`a.id > ${selection.afterId}::uuid`
        : sql`true`;
  const limit = 'ids' in selection ? sql`` : sql`limit ${selection.limit}`;
  return queryRows<HealthSourceRow>(
    db,
    sql`select a.id::text as id, a.document_type, a.stage, a.signing_date::text as signing_date,
          a.valid_until::text as valid_until, h.health, h.reasons as health_reasons,
          (select count(*) from agreements c where c.parent_id = a.id and c.deleted_at is null
             and c.document_type = 'perjanjian_kerja_sama') as pks_count,
          (select count(*) from follow_up_actions f where f.parent_type = 'agreement' and f.parent_id = a.id
             and f.deleted_at is null and f.due_date < ${today}::date
             and f.status not in ('selesai', 'batal')) as overdue_actions,
          ${lastActivitySql}::text as last_activity
        from agreements a
        left join agreement_health h on h.agreement_id = a.id
        where a.deleted_at is null and ${where}
        order by a.id ${limit}`,
  );
}

/** The health inputs of one agreement with its evaluations of the budget year, as the full recompute reads them. */
export type AllHealthSourceRow = HealthSourceRow & { evaluations: number | string };

/** The latest date of linked visits and meetings per agreement, both directions, grouped once. */
const linkedDatesSql = sql.raw(`select l.from_id as id, max(v.start_date) as d from record_links l
      join visits v on v.id = l.to_id and v.deleted_at is null
      where l.from_type = 'agreement' and l.to_type = 'visit' group by l.from_id
    union all
    select l.to_id, max(v.start_date) from record_links l
      join visits v on v.id = l.from_id and v.deleted_at is null
      where l.to_type = 'agreement' and l.from_type = 'visit' group by l.to_id
    union all
    select l.from_id, max(m.date) from record_links l
      join meetings m on m.id = l.to_id and m.deleted_at is null
      where l.from_type = 'agreement' and l.to_type = 'meeting' group by l.from_id
    union all
    select l.to_id, max(m.date) from record_links l
      join meetings m on m.id = l.from_id and m.deleted_at is null
      where l.to_type = 'agreement' and l.from_type = 'meeting' group by l.to_id`);

/**
 * The health inputs of every live agreement in one set-based read: each source table is aggregated
 * once (grouped by agreement) and joined, instead of a lookup per agreement and source. The same
 * inputs as `healthSources` (the per-record read), which the health tests compare;
 * `evaluationCounts` is the evaluations feature's grouped count of the budget year.
 */
export async function allHealthSources(
  db: Db,
  today: string,
  evaluationCounts: SQL,
): Promise<AllHealthSourceRow[]> {
  return queryRows<AllHealthSourceRow>(
    db,
    sql`with children as (
          select parent_id as id,
            count(*) filter (where document_type = 'perjanjian_kerja_sama') as pks_count,
            max(signing_date) as last_signed
          from agreements where parent_id is not null and deleted_at is null group by parent_id
        ), actions as (
          select parent_id as id,
            count(*) filter (where due_date < ${today}::date and status not in ('selesai', 'batal')) as overdue,
            max(updated_at)::date as last_update
          from follow_up_actions where parent_type = 'agreement' and deleted_at is null group by parent_id
        ), linked as (
          select id, max(d) as d from (${linkedDatesSql}) x group by id
        ), evaluated as (${evaluationCounts})
        select a.id::text as id, a.document_type, a.stage, a.signing_date::text as signing_date,
          a.valid_until::text as valid_until, h.health, h.reasons as health_reasons,
          coalesce(c.pks_count, 0) as pks_count, coalesce(f.overdue, 0) as overdue_actions,
          greatest(f.last_update, c.last_signed, k.d)::text as last_activity,
          coalesce(e.count, 0) as evaluations
        from agreements a
        left join agreement_health h on h.agreement_id = a.id
        left join children c on c.id = a.id
        left join actions f on f.id = a.id
        left join linked k on k.id = a.id
        left join evaluated e on e.agreement_id = a.id
        where a.deleted_at is null`,
  );
}

/**
 * Writes health and reasons of many agreements in one statement, into their narrow rows of
 * agreement_health (which the agreements insert trigger created); returns how many rows changed.
 */
export async function writeHealth(
  db: Db,
  rows: ReadonlyArray<{ id: string; health: string; reasons: string }>,
): Promise<number> {
  if (rows.length === 0) return 0;
  const changed = await queryRows<{ agreement_id: string }>(
    db,
    sql`update agreement_health h set health = u.health, reasons = u.reasons::jsonb
        from (select unnest(${textArray(rows.map((row) => row.id))}) as id,
                     unnest(${textArray(rows.map((row) => row.health))}) as health,
                     unnest(${textArray(rows.map((row) => row.reasons))}) as reasons) u
        where h.agreement_id = u.id::uuid
          and (h.health is distinct from u.health or h.reasons is distinct from u.reasons::jsonb)
        returning h.agreement_id`,
  );
  return changed.length;
}

import { and, desc, eq, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { Db } from './db/client.js';
import {
  agreements,
  auditLog,
  meetings,
  officialTerms,
  opds,
  organizations,
  users,
  visits,
} from './db/schema/index.js';
import type { Actor } from './auth/policy.js';
import type { AuditAction } from '../domain/audit/index.js';

/** Who did something and from where: passed from the route to every service that writes. */
export type RequestContext = {
  actor: Actor;
  ip: string | null;
  /** The server's request id (null for the CLI). */
  requestId: string | null;
  /** The X-Request-Id the client sent: untrusted, stored apart from `requestId`. */
  clientRequestId?: string | null;
};

export type AuditEntry = {
  action: AuditAction;
  entityType: string;
  entityId: string;
  regionCodes: readonly string[];
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  note?: string | null;
  version?: number | null;
};

/** Keys whose values differ between before and after, with both values. Secrets never enter. */
export function diffRecords(
  before: Record<string, unknown> | null | undefined,
  after: Record<string, unknown> | null | undefined,
): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  for (const key of keys) {
    const from = before?.[key] ?? null;
    const to = after?.[key] ?? null;
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[key] = { from, to };
  }
  return changes;
}

const secretKeys = new Set(['passwordHash', 'password', 'tokenHash', 'csrfToken', 'idHash']);
function redact(record: Record<string, unknown> | null | undefined): Record<string, unknown> | null {
  if (!record) return null;
  return Object.fromEntries(
    Object.entries(record).map(([key, value]) => [key, secretKeys.has(key) ? '[redacted]' : value]),
  );
}

/**
 * Appends one entry to the audit trail, in the caller's transaction so a write and its audit entry
 * commit or fail together. There is deliberately no update or delete function for this table.
 */
export async function recordAudit(db: Db, context: RequestContext, entry: AuditEntry): Promise<void> {
  const before = redact(entry.before);
  const after = redact(entry.after);
  await db.insert(auditLog).values({
    actorUserId: context.actor.kind === 'user' ? context.actor.id : null,
    actorName: context.actor.kind === 'user' ? context.actor.name : null,
    actorIp: context.ip,
    requestId: context.requestId,
    clientRequestId: context.clientRequestId ?? null,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    regionCodes: [...entry.regionCodes],
    before,
    after,
    changes: diffRecords(before, after),
    note: entry.note ?? null,
    version: entry.version ?? null,
  });
}

export type AuditQuery = {
  entityType?: string | undefined;
  entityId?: string | undefined;
  actorUserId?: string | undefined;
  action?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  /** Restrict to entries touching one of these regions (null = no restriction). */
  regionCodes: string[] | null;
  limit: number;
  offset: number;
};

/** Audit entries, newest first. */
/**
 * The current title of an entry's record (an agreement's title, a user's or an OPD's name), so a
 * reader sees what was changed rather than an id; null for records without one or since removed.
 * The entry is only listed to someone whose jurisdiction covers its regions, who may read the record.
 */
function entityTitle() {
  const id = auditLog.entityId;
  return sql<string | null>`case ${auditLog.entityType}
    when 'agreement' then (select ${agreements.title} from ${agreements} where ${agreements.id}::text = ${id})
    when 'user' then (select ${users.name} from ${users} where ${users.id}::text = ${id})
    when 'opd' then (select ${opds.name} from ${opds} where ${opds.id}::text = ${id})
    when 'organization' then (select ${organizations.name} from ${organizations} where ${organizations.id}::text = ${id})
    when 'visit' then (select ${visits.title} from ${visits} where ${visits.id}::text = ${id})
    when 'meeting' then (select ${meetings.title} from ${meetings} where ${meetings.id}::text = ${id})
    when 'official_term' then (select ${officialTerms.personName} from ${officialTerms} where ${officialTerms.id}::text = ${id})
  end`;
}

export async function queryAudit(db: Db, query: AuditQuery) {
  const filters: SQL[] = [];
  if (query.entityType) filters.push(eq(auditLog.entityType, query.entityType));
  if (query.entityId) filters.push(eq(auditLog.entityId, query.entityId));
  if (query.actorUserId) filters.push(eq(auditLog.actorUserId, query.actorUserId));
  if (query.action)
    filters.push(sql`${auditLog.action} like ${`${query.action.replace(/[\\%_]/g, '\\$&')}%`}`);
  if (query.from) filters.push(gte(auditLog.at, new Date(`${query.from}T00:00:00Z`)));
  if (query.to) filters.push(lte(auditLog.at, new Date(`${query.to}T23:59:59.999Z`)));
  if (query.regionCodes) {
    filters.push(
      sql`${auditLog.regionCodes} && ${sql`array[${sql.join(
        query.regionCodes.map((code) => sql`${code}`),
        sql`, `,
      )}]::text[]`}`,
    );
  }
  const where = filters.length ? and(...filters) : undefined;
  const rows = await db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      actorUserId: auditLog.actorUserId,
      actorName: auditLog.actorName,
      actorIp: auditLog.actorIp,
      requestId: auditLog.requestId,
      clientRequestId: auditLog.clientRequestId,
      action: auditLog.action,
      entityType: auditLog.entityType,
      entityId: auditLog.entityId,
      regionCodes: auditLog.regionCodes,
      changes: auditLog.changes,
      note: auditLog.note,
      entityTitle: entityTitle(),
      total: sql<string>`count(*) over ()`,
    })
    .from(auditLog)
    .where(where)
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(query.limit)
    .offset(query.offset);
  const opdNames = await namesOfOpds(
    db,
    rows.flatMap((row) => opdIdsIn(row.changes)),
  );
  return {
    items: rows.map(({ total: _total, ...row }) => ({
      ...row,
      at: row.at.toISOString(),
      referenceNames: Object.fromEntries(
        opdIdsIn(row.changes).flatMap((id) => {
          const name = opdNames.get(id);
          return name === undefined ? [] : [[id, name]];
        }),
      ),
    })),
    total: Number(rows[0]?.total ?? 0),
  };
}

/** Fields of a change that hold OPD ids: an action's `opdId`, a user's, an agreement's `responsibleOpdIds`. */
const opdIdField = /(^o|O)pdIds?$/;
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The OPD ids an entry's changes refer to, before or after. */
function opdIdsIn(changes: unknown): string[] {
  if (typeof changes !== 'object' || changes === null) return [];
  const ids = Object.entries(changes as Record<string, { from?: unknown; to?: unknown }>).flatMap(
    ([field, change]) => (opdIdField.test(field) ? [change.from, change.to].flat() : []),
  );
  return [...new Set(ids.filter((id): id is string => typeof id === 'string' && uuidPattern.test(id)))];
}

/** OPD names by id, in one query (a removed OPD keeps its name: the history still names it). */
async function namesOfOpds(db: Db, ids: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db.select({ id: opds.id, name: opds.name }).from(opds).where(inArray(opds.id, unique));
  return new Map(rows.map((row) => [row.id, row.name]));
}

/**
 * SQL of work visits (kunjungan kerja) and the good practices (praktik baik) they record on the host
 * region. The read scope comes from record-access.ts; this file only applies it.
 */
import { and, asc, desc, eq, gte, isNull, lte, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { goodPractices, visits } from '../../db/schema/index.js';
import { scopeCondition, textArray, type ReadScope } from '../../auth/record-access.js';
import type { VisitInput } from '../../../domain/records/schema.js';
import type { VisitKind } from '../../../domain/records/kinds.js';

export type VisitRow = typeof visits.$inferSelect;
export type VisitInsert = typeof visits.$inferInsert;
export type GoodPracticeRow = typeof goodPractices.$inferSelect;

export async function insertVisit(db: Db, values: VisitInsert): Promise<VisitRow> {
  const [row] = await db.insert(visits).values(values).returning();
  return row!;
}

export async function findVisit(db: Db, id: string, options: { forUpdate?: boolean } = {}) {
  const query = db
    .select()
    .from(visits)
    .where(and(eq(visits.id, id), isNull(visits.deletedAt)));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

/** Updates a visit when its version is still `expectedVersion`; undefined when it is not. */
export async function updateVisitRow(
  db: Db,
  id: string,
  expectedVersion: number,
  values: Partial<VisitInsert>,
): Promise<VisitRow | undefined> {
  const [row] = await db
    .update(visits)
    .set({ ...values, version: sql`${visits.version} + 1`, updatedAt: new Date() })
    .where(and(eq(visits.id, id), eq(visits.version, expectedVersion), isNull(visits.deletedAt)))
    .returning();
  return row;
}

/** Replaces the good practices of a visit, all recorded on its host region. */
export async function replaceGoodPractices(
  db: Db,
  visitId: string,
  regionCode: string,
  practices: VisitInput['goodPractices'],
): Promise<void> {
  await db.delete(goodPractices).where(eq(goodPractices.visitId, visitId));
  if (practices.length === 0) return;
  await db.insert(goodPractices).values(
    practices.map((practice, position) => ({
      visitId,
      regionCode,
      position,
      topic: practice.topic,
      description: practice.description,
      sector: practice.sector,
    })),
  );
}

export async function goodPracticesOfVisit(db: Db, visitId: string): Promise<GoodPracticeRow[]> {
  return db
    .select()
    .from(goodPractices)
    .where(eq(goodPractices.visitId, visitId))
    .orderBy(asc(goodPractices.position));
}

export type VisitFilters = {
  /** A region taking part, as host or visitor. */
  region?: string | undefined;
  /** Relative to `region`: visits it made (as visitor) or received (as host). */
  direction?: 'made' | 'received' | undefined;
  kind?: VisitKind | undefined;
  sector?: string | undefined;
  year?: number | undefined;
  from?: string | undefined;
  to?: string | undefined;
  q?: string | undefined;
};

function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, '\\$&')}%`;
}

function filterConditions(scope: ReadScope, filters: VisitFilters): SQL[] {
  const conditions: SQL[] = [isNull(visits.deletedAt)];
  const scoped = scopeCondition(scope, visits);
  if (scoped) conditions.push(scoped);
  if (filters.region) {
    if (filters.direction === 'received') conditions.push(eq(visits.hostRegionCode, filters.region));
    else if (filters.direction === 'made')
      conditions.push(
        sql`${visits.hostRegionCode} <> ${filters.region} and ${visits.partyRegionCodes} && ${textArray([filters.region])}`,
      );
    else conditions.push(sql`${visits.partyRegionCodes} && ${textArray([filters.region])}`);
  }
  if (filters.kind) conditions.push(eq(visits.kind, filters.kind));
  if (filters.sector) conditions.push(sql`${visits.sectors} && ${textArray([filters.sector])}`);
  if (filters.year !== undefined) {
    conditions.push(gte(visits.startDate, `${filters.year}-01-01`));
    conditions.push(lte(visits.startDate, `${filters.year}-12-31`));
  }
  if (filters.from) conditions.push(sql`coalesce(${visits.endDate}, ${visits.startDate}) >= ${filters.from}`);
  if (filters.to) conditions.push(lte(visits.startDate, filters.to));
  if (filters.q) {
    const pattern = likePattern(filters.q);
    // Title, place, purpose, outcomes and the words of visitors, delegates and topics.
    conditions.push(
      sql`(${visits.title} ilike ${pattern} or coalesce(${visits.place}, '') ilike ${pattern}
        or coalesce(${visits.purpose}, '') ilike ${pattern} or coalesce(${visits.outcomes}, '') ilike ${pattern}
        or ${visits.visitors}::text ilike ${pattern} or ${visits.delegates}::text ilike ${pattern}
        or ${visits.topics}::text ilike ${pattern})`,
    );
  }
  return conditions;
}

const listOrder = [
  desc(sql`${visits.startDate} is not null`),
  desc(visits.startDate),
  desc(visits.createdAt),
  asc(visits.id),
];

export async function listVisitRows(
  db: Db,
  scope: ReadScope,
  filters: VisitFilters,
  paging: { limit: number; offset: number },
): Promise<{ rows: VisitRow[]; total: number }> {
  const where = and(...filterConditions(scope, filters));
  const [rows, [count]] = await Promise.all([
    db
      .select()
      .from(visits)
      .where(where)
      .orderBy(...listOrder)
      .limit(paging.limit)
      .offset(paging.offset),
    db
      .select({ total: sql<string>`count(*)` })
      .from(visits)
      .where(where),
  ]);
  return { rows, total: Number(count?.total ?? 0) };
}

/** Every visit matching the filters, in pages of `batch` rows (CSV export). */
export async function* visitRowsInBatches(
  db: Db,
  scope: ReadScope,
  filters: VisitFilters,
  batch = 500,
): AsyncGenerator<VisitRow[]> {
  for (let offset = 0; ; offset += batch) {
    const { rows } = await listVisitRows(db, scope, filters, { limit: batch, offset });
    if (rows.length) yield rows;
    if (rows.length < batch) return;
  }
}

/** The good practices of a region's received visits that the reader may see, newest visit first. */
export async function goodPracticesOfRegion(db: Db, scope: ReadScope, regionCode: string) {
  const conditions: SQL[] = [eq(goodPractices.regionCode, regionCode), isNull(visits.deletedAt)];
  const scoped = scopeCondition(scope, visits);
  if (scoped) conditions.push(scoped);
  return db
    .select({
      id: goodPractices.id,
      topic: goodPractices.topic,
      description: goodPractices.description,
      sector: goodPractices.sector,
      visitId: visits.id,
      visitTitle: visits.title,
      visitStartDate: visits.startDate,
      visitors: visits.visitors,
    })
    .from(goodPractices)
    .innerJoin(visits, eq(visits.id, goodPractices.visitId))
    .where(and(...conditions))
    .orderBy(desc(sql`${visits.startDate} is not null`), desc(visits.startDate), asc(goodPractices.position))
    .limit(500);
}

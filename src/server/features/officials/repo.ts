import { and, asc, desc, eq, inArray, isNull, lte, or, gte, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { agreementSignatories, officialTerms } from '../../db/schema/index.js';

export type OfficialTermRow = typeof officialTerms.$inferSelect;

/** Terms of a region (optionally one office, optionally only those covering `date`), newest first. */
export async function listTerms(
  db: Db,
  filter: { regionCodes?: readonly string[]; office?: string | undefined; date?: string | undefined },
): Promise<OfficialTermRow[]> {
  const filters: SQL[] = [];
  if (filter.regionCodes) filters.push(inArray(officialTerms.regionCode, [...filter.regionCodes]));
  if (filter.office) filters.push(eq(officialTerms.office, filter.office));
  if (filter.date) {
    filters.push(lte(officialTerms.startDate, filter.date));
    filters.push(or(isNull(officialTerms.endDate), gte(officialTerms.endDate, filter.date))!);
  }
  return db
    .select()
    .from(officialTerms)
    .where(filters.length ? and(...filters) : undefined)
    .orderBy(asc(officialTerms.regionCode), asc(officialTerms.office), desc(officialTerms.startDate))
    .limit(1000);
}

export async function findTerm(db: Db, id: string): Promise<OfficialTermRow | undefined> {
  const [row] = await db.select().from(officialTerms).where(eq(officialTerms.id, id));
  return row;
}

export async function insertTerm(db: Db, values: typeof officialTerms.$inferInsert) {
  const [row] = await db.insert(officialTerms).values(values).returning();
  return row!;
}

export async function updateTermRow(db: Db, id: string, values: Partial<typeof officialTerms.$inferInsert>) {
  const [row] = await db.update(officialTerms).set(values).where(eq(officialTerms.id, id)).returning();
  return row!;
}

/** Deletes a term; signatories that pointed at it keep their name and office but lose the link. */
export async function deleteTermRow(db: Db, id: string): Promise<void> {
  await db
    .update(agreementSignatories)
    .set({ officialTermId: null })
    .where(eq(agreementSignatories.officialTermId, id));
  await db.delete(officialTerms).where(eq(officialTerms.id, id));
}

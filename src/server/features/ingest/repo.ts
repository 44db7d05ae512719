import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { recordSources, sources } from '../../db/schema/index.js';

export async function insertSource(db: Db, values: typeof sources.$inferInsert) {
  const [row] = await db.insert(sources).values(values).returning();
  return row!;
}

export async function linkSource(db: Db, sourceId: string, recordType: string, recordId: string) {
  await db.insert(recordSources).values({ sourceId, recordType, recordId }).onConflictDoNothing();
}

/** The sources (articles, press releases) a record was drafted from, newest first. */
export async function sourcesOf(db: Db, recordType: string, recordId: string) {
  return db
    .select({
      id: sources.id,
      url: sources.url,
      title: sources.title,
      text: sources.text,
      extraction: sources.extraction,
      createdBy: sources.createdBy,
      createdAt: sources.createdAt,
    })
    .from(recordSources)
    .innerJoin(sources, eq(sources.id, recordSources.sourceId))
    .where(and(eq(recordSources.recordType, recordType), eq(recordSources.recordId, recordId)))
    .orderBy(desc(sources.createdAt));
}

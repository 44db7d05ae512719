import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { organizations } from '../../db/schema/index.js';

export type OrganizationRow = typeof organizations.$inferSelect;

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/** Organisations matching a name (typo tolerant) and kind, best match first, with the total. */
export async function searchOrganizations(
  db: Db,
  search: { q?: string | undefined; kind?: string | undefined; limit: number; offset: number },
): Promise<{ items: OrganizationRow[]; total: number }> {
  const filters: SQL[] = [];
  const order: SQL[] = [];
  if (search.kind) filters.push(eq(organizations.kind, search.kind));
  if (search.q) {
    const q = search.q.toLowerCase();
    filters.push(
      sql`(lower(${organizations.name}) like ${`%${escapeLike(q)}%`} or ${q} <% lower(${organizations.name}))`,
    );
    order.push(sql`word_similarity(${q}, lower(${organizations.name})) desc`);
  }
  const rows = await db
    .select({ organization: organizations, total: sql<string>`count(*) over ()` })
    .from(organizations)
    .where(filters.length ? and(...filters) : undefined)
    .orderBy(...order, organizations.name, organizations.id)
    .limit(search.limit)
    .offset(search.offset);
  return { items: rows.map((row) => row.organization), total: Number(rows[0]?.total ?? 0) };
}

export async function findOrganization(db: Db, id: string): Promise<OrganizationRow | undefined> {
  const [row] = await db.select().from(organizations).where(eq(organizations.id, id));
  return row;
}

export async function findOrganizationsByIds(db: Db, ids: readonly string[]): Promise<OrganizationRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(organizations)
    .where(inArray(organizations.id, [...ids]));
}

/** An organisation with the same name (case-insensitive) and country, other than `exceptId`. */
export async function findOrganizationByName(
  db: Db,
  name: string,
  country: string,
  exceptId?: string,
): Promise<OrganizationRow | undefined> {
  const [row] = await db
    .select()
    .from(organizations)
    .where(
      and(
        sql`lower(${organizations.name}) = ${name.toLowerCase()}`,
        eq(organizations.country, country),
        exceptId ? sql`${organizations.id} <> ${exceptId}` : undefined,
      ),
    )
    .limit(1);
  return row;
}

export async function insertOrganization(
  db: Db,
  values: typeof organizations.$inferInsert,
): Promise<OrganizationRow> {
  const [row] = await db.insert(organizations).values(values).returning();
  return row!;
}

export async function updateOrganizationRow(
  db: Db,
  id: string,
  values: Partial<typeof organizations.$inferInsert>,
): Promise<OrganizationRow> {
  const [row] = await db
    .update(organizations)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(organizations.id, id))
    .returning();
  return row!;
}

/** Inserts organisations at once (bulk loads), returning their ids in order. */
export async function bulkInsertOrganizations(
  db: Db,
  rows: ReadonlyArray<typeof organizations.$inferInsert>,
): Promise<string[]> {
  if (rows.length === 0) return [];
  const inserted = await db
    .insert(organizations)
    .values([...rows])
    .returning({ id: organizations.id });
  return inserted.map((row) => row.id);
}

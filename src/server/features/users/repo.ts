import { and, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { opds, users } from '../../db/schema/index.js';

export type UserListQuery = {
  q?: string | undefined;
  role?: string | undefined;
  regionCode?: string | undefined;
  limit: number;
  offset: number;
};

export async function searchUsers(db: Db, query: UserListQuery) {
  const filters: SQL[] = [];
  if (query.regionCode) filters.push(eq(users.regionCode, query.regionCode));
  if (query.role) filters.push(sql`${users.role} = ${query.role}`);
  if (query.q) {
    const like = `%${query.q.toLowerCase().replace(/[\\%_]/g, '\\$&')}%`;
    filters.push(sql`(lower(${users.name}) like ${like} or lower(${users.email}) like ${like})`);
  }
  const rows = await db
    .select({ user: users, total: sql<string>`count(*) over ()` })
    .from(users)
    .where(filters.length ? and(...filters) : undefined)
    .orderBy(users.name, users.id)
    .limit(query.limit)
    .offset(query.offset);
  return { items: rows.map((row) => row.user), total: Number(rows[0]?.total ?? 0) };
}

export async function findOpd(db: Db, id: string) {
  const [row] = await db
    .select()
    .from(opds)
    .where(and(eq(opds.id, id), isNull(opds.deletedAt)));
  return row;
}

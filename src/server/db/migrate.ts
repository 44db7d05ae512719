import { sql } from 'drizzle-orm';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { installJobSchema } from '../jobs/schema.js';
import { sourcePath } from '../paths.js';
import { queryRows, type Database } from './client.js';

export const migrationsFolder = sourcePath('src/server/db/migrations');

/**
 * Applies the committed SQL migrations that are not applied yet. `folder` is the committed
 * migrations unless a test points elsewhere (a migration that must fail).
 */
export async function runMigrations(database: Database, folder: string = migrationsFolder): Promise<void> {
  await database.exclusive(async () => {
    if (database.kind === 'pglite') {
      await migratePglite(database.db as unknown as PgliteDatabase, { migrationsFolder: folder });
    } else {
      await migratePg(database.db as unknown as NodePgDatabase, { migrationsFolder: folder });
    }
    await installJobSchema(database);
  });
}

/** How many migrations the database has applied. */
export async function countAppliedMigrations(database: Database): Promise<number> {
  const rows = await queryRows<{ count: string | number }>(
    database.db,
    sql`select count(*) as count from drizzle.__drizzle_migrations`,
  );
  return Number(rows[0]?.count ?? 0);
}

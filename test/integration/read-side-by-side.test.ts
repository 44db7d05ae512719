/**
 * `readSideBySide`: independent reads start together outside a transaction (each on its own pooled
 * connection on PostgreSQL) and one after the other inside one (a transaction has one connection),
 * and give their results in the order asked.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSideBySide, type Db } from '../../src/server/db/client.js';
import { createTestApp, databaseKinds, type TestApp } from './support/app.js';

for (const kind of databaseKinds) {
  describe(`readSideBySide (${kind})`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp(kind);
    });
    afterAll(async () => {
      await t?.close();
    });

    /** Three reads that note when they start and end. */
    function reads(db: Db, events: string[]) {
      return [1, 2, 3].map((n) => async () => {
        events.push(`start ${n}`);
        const rows = await db.execute(sql`select ${n}::int as n`);
        events.push(`end ${n}`);
        return Number((rows as unknown as { rows: Array<{ n: number }> }).rows[0]!.n);
      });
    }

    it('starts every read before the first ends outside a transaction', async () => {
      const events: string[] = [];
      expect(await readSideBySide(t.database.db, reads(t.database.db, events))).toEqual([1, 2, 3]);
      expect(events.slice(0, 3)).toEqual(['start 1', 'start 2', 'start 3']);
    });

    it('runs the reads one after the other inside a transaction', async () => {
      const events: string[] = [];
      const result = await t.database.db.transaction(async (tx) =>
        readSideBySide(tx as unknown as Db, reads(tx as unknown as Db, events)),
      );
      expect(result).toEqual([1, 2, 3]);
      expect(events).toEqual(['start 1', 'end 1', 'start 2', 'end 2', 'start 3', 'end 3']);
    });
  });
}

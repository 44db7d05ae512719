/**
 * Serialises check-then-insert use cases ("is this a duplicate? if not, insert") across connections.
 * A duplicate rule that is fuzzy (similar titles, signing dates within 30 days) fits no unique index,
 * so the transaction first takes a PostgreSQL advisory lock keyed on the exact part of the rule; a
 * second transaction with the same key waits until the first commits, and its check then sees the
 * first one's row (READ COMMITTED takes a new snapshot per statement). The lock is released at commit
 * or rollback. On PGlite (one connection, transactions run one at a time) it costs nothing.
 */
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Db } from './client.js';

/** The lock's two 32-bit keys: one per kind of rule (scope), one for the value within it. */
function lockKeys(scope: string, key: string): [number, number] {
  const digest = (text: string) => createHash('sha256').update(text).digest().readInt32BE(0);
  return [digest(`sinergi:${scope}`), digest(key)];
}

/**
 * Takes the transaction-scoped advisory lock of `key` within `scope` (for example the scope
 * `agreement-duplicates` and the key `ksdd|kesepakatan_bersama|35.14,35.73`). Call it inside
 * `db.transaction`, before the duplicate check.
 */
export async function lockForDuplicateCheck(tx: Db, scope: string, key: string): Promise<void> {
  const [scopeKey, valueKey] = lockKeys(scope, key);
  await tx.execute(sql`select pg_advisory_xact_lock(${scopeKey}::int4, ${valueKey}::int4)`);
}

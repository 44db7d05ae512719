import { and, asc, eq, getTableColumns, gt, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import {
  agreementHealth,
  agreementParties,
  agreementResponsibleOpds,
  agreements,
  agreementSignatories,
  agreementTransitions,
  auditLog,
  organizations,
  searchWords,
  settings,
} from '../../db/schema/index.js';

export type AgreementRow = typeof agreements.$inferSelect;
export type AgreementInsert = typeof agreements.$inferInsert;
export type PartyRow = typeof agreementParties.$inferSelect;
export type PartyInsert = typeof agreementParties.$inferInsert;
export type SignatoryRow = typeof agreementSignatories.$inferSelect;
export type SignatoryInsert = typeof agreementSignatories.$inferInsert;
export type TransitionRow = typeof agreementTransitions.$inferSelect;

import type { ReadScope } from '../../auth/record-access.js';
export type { ReadScope };

/** The texts behind the search vector, already normalised (see search-text.ts). */
export type SearchTexts = {
  /** Weight A: title and party names. */
  primary: string;
  /** Weight B: purpose, object and scope, sectors, notes. */
  secondary: string;
  /** Weight C: text extracted from the documents. */
  documents: string;
  /** Distinct words of all the texts, added to the search vocabulary. */
  words: readonly string[];
};

function searchVectorSql(texts: SearchTexts): SQL {
  return sql`setweight(to_tsvector('indonesian', ${texts.primary}), 'A') || setweight(to_tsvector('indonesian', ${texts.secondary}), 'B') || setweight(to_tsvector('indonesian', ${texts.documents}), 'C')`;
}

// ---------------------------------------------------------------------------------------------
// Agreements, parties, signatories

export async function insertAgreement(
  db: Db,
  values: Omit<AgreementInsert, 'searchVector'>,
  texts: SearchTexts,
): Promise<AgreementRow> {
  const [row] = await db
    .insert(agreements)
    .values({ ...values, searchVector: searchVectorSql(texts) })
    .returning();
  await addSearchWords(db, texts.words);
  return row!;
}

/** Adds words to the search vocabulary (typo correction); known words are skipped. */
export async function addSearchWords(db: Db, words: readonly string[]): Promise<void> {
  const unique = [...new Set(words)];
  for (let offset = 0; offset < unique.length; offset += 5000) {
    await db
      .insert(searchWords)
      .values(unique.slice(offset, offset + 5000).map((word) => ({ word })))
      .onConflictDoNothing();
  }
}

/**
 * Updates an agreement only if it is still at `expectedVersion`, bumping the version. Returns
 * undefined when someone else saved first (the caller answers VERSION_CONFLICT).
 */
export async function updateAgreementRow(
  db: Db,
  id: string,
  expectedVersion: number,
  values: Partial<AgreementInsert>,
  texts?: SearchTexts,
): Promise<AgreementRow | undefined> {
  const [row] = await db
    .update(agreements)
    .set({
      ...values,
      ...(texts ? { searchVector: searchVectorSql(texts) } : {}),
      version: sql`${agreements.version} + 1`,
      updatedAt: new Date(),
    })
    .where(and(eq(agreements.id, id), eq(agreements.version, expectedVersion)))
    .returning();
  if (row && texts) await addSearchWords(db, texts.words);
  return row;
}

/** Rewrites the search columns only (after a document upload), without touching the version. */
export async function updateSearch(db: Db, id: string, texts: SearchTexts): Promise<void> {
  await db
    .update(agreements)
    .set({ searchVector: searchVectorSql(texts) })
    .where(eq(agreements.id, id));
  await addSearchWords(db, texts.words);
}

/** The ids of an agreement's responsible OPD (OPD pelaksana), as one array column of the row. */
const responsibleOpdIdsColumn = sql<
  string[]
>`array(select ${agreementResponsibleOpds.opdId}::text from ${agreementResponsibleOpds} where ${agreementResponsibleOpds.agreementId} = ${agreements.id} order by 1)`;

/** One agreement with its responsible OPD ids (the policy needs them for OPD officers). */
export async function findAgreement(
  db: Db,
  id: string,
  options: { includeDeleted?: boolean; forUpdate?: boolean } = {},
): Promise<(AgreementRow & { responsibleOpdIds: string[] }) | undefined> {
  const query = db
    .select({ ...getTableColumns(agreements), responsibleOpdIds: responsibleOpdIdsColumn })
    .from(agreements)
    .where(and(eq(agreements.id, id), options.includeDeleted ? undefined : isNull(agreements.deletedAt)));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

/** An agreement's health and its reasons (agreement_health; 'aktif' without reasons if it has no row). */
export async function findAgreementHealth(db: Db, id: string): Promise<{ health: string; reasons: unknown }> {
  const [row] = await db
    .select({ health: agreementHealth.health, reasons: agreementHealth.reasons })
    .from(agreementHealth)
    .where(eq(agreementHealth.agreementId, id));
  return row ?? { health: 'aktif', reasons: [] };
}

export async function findAgreementsByIds(db: Db, ids: readonly string[]): Promise<AgreementRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(agreements)
    .where(and(inArray(agreements.id, [...ids]), isNull(agreements.deletedAt)));
}

/** Agreements that amend, extend, end or implement this one (PKS of a KSB, addenda). */
export async function findChildren(db: Db, parentId: string): Promise<AgreementRow[]> {
  return db
    .select()
    .from(agreements)
    .where(and(eq(agreements.parentId, parentId), isNull(agreements.deletedAt)))
    .orderBy(asc(agreements.signingDate), asc(agreements.createdAt));
}

export type PartyWithName = PartyRow & { organizationName: string | null; organizationKind: string | null };

export async function findParties(db: Db, agreementIds: readonly string[]): Promise<PartyWithName[]> {
  if (agreementIds.length === 0) return [];
  const rows = await db
    .select({
      party: agreementParties,
      organizationName: organizations.name,
      organizationKind: organizations.kind,
    })
    .from(agreementParties)
    .leftJoin(organizations, eq(organizations.id, agreementParties.organizationId))
    .where(inArray(agreementParties.agreementId, [...agreementIds]))
    .orderBy(asc(agreementParties.agreementId), asc(agreementParties.position));
  return rows.map((row) => ({
    ...row.party,
    organizationName: row.organizationName,
    organizationKind: row.organizationKind,
  }));
}

export async function insertParties(db: Db, rows: PartyInsert[]): Promise<PartyRow[]> {
  if (rows.length === 0) return [];
  return db.insert(agreementParties).values(rows).returning();
}

/** Replaces the responsible OPD of an agreement. */
export async function replaceResponsibleOpds(
  db: Db,
  agreementId: string,
  opdIds: readonly string[],
): Promise<void> {
  await db.delete(agreementResponsibleOpds).where(eq(agreementResponsibleOpds.agreementId, agreementId));
  if (opdIds.length === 0) return;
  await db
    .insert(agreementResponsibleOpds)
    .values([...new Set(opdIds)].map((opdId) => ({ agreementId, opdId })));
}

export async function deletePartiesOf(db: Db, agreementId: string): Promise<void> {
  // Signatories cascade with their party.
  await db.delete(agreementParties).where(eq(agreementParties.agreementId, agreementId));
}

export async function findSignatories(db: Db, agreementId: string): Promise<SignatoryRow[]> {
  return db
    .select()
    .from(agreementSignatories)
    .where(eq(agreementSignatories.agreementId, agreementId))
    .orderBy(asc(agreementSignatories.position), asc(agreementSignatories.id));
}

export async function insertSignatories(db: Db, rows: SignatoryInsert[]): Promise<void> {
  if (rows.length === 0) return;
  await db.insert(agreementSignatories).values(rows);
}

/** Marks one party's side as confirmed, unless it already is. Returns whether it changed. */
export async function confirmParty(db: Db, partyId: string, userId: string): Promise<boolean> {
  const rows = await db
    .update(agreementParties)
    .set({ confirmedAt: new Date(), confirmedBy: userId })
    .where(and(eq(agreementParties.id, partyId), isNull(agreementParties.confirmedAt)))
    .returning({ id: agreementParties.id });
  return rows.length > 0;
}

/** Soft delete or restore; the version is bumped so that open edit forms notice. */
export async function setDeleted(db: Db, id: string, deletedBy: string | null): Promise<AgreementRow> {
  const [row] = await db
    .update(agreements)
    .set({
      deletedAt: deletedBy ? new Date() : null,
      deletedBy,
      version: sql`${agreements.version} + 1`,
      updatedAt: new Date(),
    })
    .where(eq(agreements.id, id))
    .returning();
  return row!;
}

// ---------------------------------------------------------------------------------------------
// Lifecycle

export async function findTransitions(db: Db, agreementId: string): Promise<TransitionRow[]> {
  return db
    .select()
    .from(agreementTransitions)
    .where(eq(agreementTransitions.agreementId, agreementId))
    .orderBy(asc(agreementTransitions.createdAt), asc(agreementTransitions.id));
}

/** Removes an agreement's lifecycle history, before a corrected one is written (the audit keeps it). */
export async function deleteTransitionsOf(db: Db, agreementId: string): Promise<void> {
  await db.delete(agreementTransitions).where(eq(agreementTransitions.agreementId, agreementId));
}

export async function insertTransition(
  db: Db,
  values: typeof agreementTransitions.$inferInsert,
): Promise<TransitionRow> {
  const [row] = await db.insert(agreementTransitions).values(values).returning();
  return row!;
}

// ---------------------------------------------------------------------------------------------
// Optimistic locking

/** One field changed since a version: its value at that version and its value now. */
export type FieldChange = { field: string; from: unknown; to: unknown };

/**
 * The fields changed on the record since `version`, each with its value at that version and its latest
 * value, from the audit trail's before/after differences (oldest first, so `from` is what the client saw).
 * A field changed and then changed back is left out.
 */
export async function changedFieldsSince(db: Db, id: string, version: number): Promise<FieldChange[]> {
  const rows = await db
    .select({ changes: auditLog.changes })
    .from(auditLog)
    .where(
      and(eq(auditLog.entityType, 'agreement'), eq(auditLog.entityId, id), gt(auditLog.version, version)),
    )
    .orderBy(asc(auditLog.version), asc(auditLog.id));
  const fields = new Map<string, FieldChange>();
  for (const row of rows) {
    const changes = (row.changes as Record<string, { from?: unknown; to?: unknown }> | null) ?? {};
    for (const [field, change] of Object.entries(changes)) {
      const seen = fields.get(field);
      if (seen) seen.to = change.to ?? null;
      else fields.set(field, { field, from: change.from ?? null, to: change.to ?? null });
    }
  }
  return [...fields.values()]
    .filter((change) => JSON.stringify(change.from) !== JSON.stringify(change.to))
    .sort((a, b) => a.field.localeCompare(b.field));
}

// ---------------------------------------------------------------------------------------------
// Settings (agreement rules)

export async function readSetting(
  db: Db,
  key: string,
): Promise<{ value: unknown; updatedAt: Date } | undefined> {
  const [row] = await db
    .select({ value: settings.value, updatedAt: settings.updatedAt })
    .from(settings)
    .where(eq(settings.key, key));
  return row;
}

export async function writeSetting(db: Db, key: string, value: unknown, userId: string): Promise<void> {
  await db
    .insert(settings)
    .values({ key, value, updatedBy: userId })
    .onConflictDoUpdate({ target: settings.key, set: { value, updatedBy: userId, updatedAt: new Date() } });
}

// ---------------------------------------------------------------------------------------------
// Documents: stored for every record type (features/documents); the agreement's reads re-exported here.

export { documentKinds, latestDocumentTexts } from '../documents/repo.js';

// ---------------------------------------------------------------------------------------------
// Bulk loading (synthetic national data set, imports)

/** Inserts many agreements in one statement each batch, computing their search vectors in SQL. */
export async function bulkInsertAgreements(
  db: Db,
  rows: ReadonlyArray<{ values: Omit<AgreementInsert, 'searchVector'>; texts: SearchTexts }>,
): Promise<void> {
  if (rows.length === 0) return;
  await db.insert(agreements).values(
    rows.map((row) => ({
      ...row.values,
      searchVector: searchVectorSql(row.texts),
    })),
  );
  await addSearchWords(
    db,
    rows.flatMap((row) => row.texts.words),
  );
}

/** Inserts many party rows at once. */
export async function bulkInsertParties(db: Db, rows: readonly PartyInsert[]): Promise<void> {
  if (rows.length === 0) return;
  await db.insert(agreementParties).values([...rows]);
}

/** Refreshes the planner's statistics after a bulk load. */
export async function analyzeAgreementTables(db: Db): Promise<void> {
  await db.execute(sql`analyze ${agreements}`);
  await db.execute(sql`analyze ${agreementParties}`);
  await db.execute(sql`analyze ${organizations}`);
}

/** Number of agreements stored (deleted included). */
export async function countAgreements(db: Db): Promise<number> {
  const [row] = await db.select({ count: sql<string>`count(*)` }).from(agreements);
  return Number(row?.count ?? 0);
}

import {
  and,
  asc,
  desc,
  eq,
  getTableColumns,
  gt,
  gte,
  inArray,
  isNotNull,
  isNull,
  lte,
  sql,
  type SQL,
} from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import {
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

import { scopeCondition, textArray, type ReadScope } from '../../auth/record-access.js';
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

function scopeFilter(scope: ReadScope): SQL | undefined {
  return scopeCondition(scope, agreements);
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
 * For each query word, the known words that look like it (trigram similarity), best first: "pengelolan"
 * finds "pengelolaan". Uses the trigram index on the vocabulary, never the agreements.
 */
export async function similarWords(
  db: Db,
  words: readonly string[],
  options: { perWord: number; minSimilarity: number },
): Promise<Map<string, string[]>> {
  const result = new Map<string, string[]>();
  const candidates = [...new Set(words.filter((word) => word.length >= 4))];
  if (candidates.length === 0) return result;
  const rows = await db.execute(
    sql`select q.word as query, s.word as word from unnest(${textArray(candidates)}) as q(word)
      cross join lateral (
        select ${searchWords.word} as word from ${searchWords}
        where ${searchWords.word} % q.word and similarity(${searchWords.word}, q.word) >= ${options.minSimilarity}
        order by similarity(${searchWords.word}, q.word) desc, ${searchWords.word}
        limit ${options.perWord}
      ) s`,
  );
  for (const row of (rows as unknown as { rows: Array<{ query: string; word: string }> }).rows) {
    result.set(row.query, [...(result.get(row.query) ?? []), row.word]);
  }
  return result;
}

/**
 * For each query word, known words of about its length with the same first letter within `maxEdits`
 * edits (fuzzystrmatch's levenshtein; the caller refines): catches swapped letters ("jmabi" -> "jambi"),
 * which share too few trigrams. The primary key's order narrows the scan to one first letter.
 */
export async function nearWords(
  db: Db,
  words: readonly string[],
  maxEdits: number,
): Promise<Map<string, string[]>> {
  const result = new Map<string, string[]>();
  const candidates = [...new Set(words.filter((word) => word.length >= 4 && /^[a-z]/.test(word)))];
  if (candidates.length === 0) return result;
  const rows = await db.execute(
    sql`select q.word as query, s.word as word from unnest(${textArray(candidates)}) as q(word)
      cross join lateral (
        select ${searchWords.word} as word from ${searchWords}
        where ${searchWords.word} >= left(q.word, 1) and ${searchWords.word} < chr(ascii(q.word) + 1)
          and length(${searchWords.word}) between length(q.word) - 1 and length(q.word) + 1
          and levenshtein_less_equal(${searchWords.word}, q.word, ${maxEdits}) <= ${maxEdits}
        order by levenshtein_less_equal(${searchWords.word}, q.word, ${maxEdits}), ${searchWords.word}
        limit 10
      ) s`,
  );
  for (const row of (rows as unknown as { rows: Array<{ query: string; word: string }> }).rows) {
    result.set(row.query, [...(result.get(row.query) ?? []), row.word]);
  }
  return result;
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
// Duplicates

/**
 * Agreements that could be the same signing entered by another party: same kind and document
 * type, exactly the same party regions, signed within the window. The title comparison is the
 * domain's (looksLikeSameAgreement) on these few candidates.
 */
export async function findDuplicateCandidates(
  db: Db,
  query: {
    kind: string;
    documentType: string;
    regionCodes: readonly string[];
    signingFrom: string | null;
    signingTo: string | null;
    excludeId?: string | undefined;
  },
): Promise<AgreementRow[]> {
  const codes = [...query.regionCodes];
  return db
    .select()
    .from(agreements)
    .where(
      and(
        isNull(agreements.deletedAt),
        eq(agreements.kind, query.kind),
        eq(agreements.documentType, query.documentType),
        sql`${agreements.partyRegionCodes} @> ${textArray(codes)}`,
        sql`${agreements.partyRegionCodes} <@ ${textArray(codes)}`,
        query.signingFrom && query.signingTo
          ? and(gte(agreements.signingDate, query.signingFrom), lte(agreements.signingDate, query.signingTo))
          : undefined,
        query.excludeId ? sql`${agreements.id} <> ${query.excludeId}` : undefined,
      ),
    )
    .orderBy(desc(agreements.createdAt))
    .limit(50);
}

// ---------------------------------------------------------------------------------------------
// Lists and search

export type ListFilters = {
  party?: string | undefined;
  partnerRegion?: string | undefined;
  partnerOrganization?: string | undefined;
  /** With a partner: the reader's own region, which must be a party too. */
  partnerOf?: string | undefined;
  kind?: string | undefined;
  documentType?: string | undefined;
  sector?: string | undefined;
  stage?: string | undefined;
  year?: number | undefined;
  /** Valid until between `today` and `today + expiringWithinDays`. */
  expiring?: { from: string; to: string } | undefined;
  acting?: boolean | undefined;
  /**
   * Shown as kedaluwarsa (true) or not (false) on `today`: validUntil passed while the stage is one of
   * `activeStages` (the domain's effectiveStatus in SQL).
   */
  expired?: { value: boolean; today: string; activeStages: readonly string[] } | undefined;
  parentId?: string | undefined;
  /** Health states (agreements.health), any of them. */
  health?: readonly string[] | undefined;
  /** A signed KSB, still open, that no live PKS follows. */
  ksbWithoutPks?: boolean | undefined;
  /** The region is a party that has not confirmed the record yet. */
  awaitingConfirmationOf?: string | undefined;
  /**
   * Full-text search: groups of alternatives, all required ("pengelolan or pengelolaan" and
   * "sampah"), each a websearch_to_tsquery text. A raw websearch query is one group.
   */
  search?: readonly string[] | undefined;
  /** Regions the query named with a kind or title ("Pemkot Malang"): each must be a party. */
  searchRegions?: readonly string[] | undefined;
  deleted?: boolean | undefined;
};

export type ListSort =
  | 'relevance'
  | 'signingDate'
  | '-signingDate'
  | 'title'
  | '-title'
  | 'updatedAt'
  | '-updatedAt'
  | 'health'
  | '-health';

/** The order of health states for sorting: the healthiest first. */
const healthRank = sql`case ${agreements.health} when 'aktif' then 0 when 'perlu_perhatian' then 1 when 'dorman' then 2 else 3 end`;

/** A signed KSB in an open stage that no live PKS follows (its PKS may still be in preparation). */
export function ksbWithoutPksCondition(table: typeof agreements = agreements): SQL {
  return sql`(${table.documentType} = 'kesepakatan_bersama' and ${table.signingDate} is not null
    and ${table.stage} not in ('berakhir', 'diperpanjang', 'diakhiri')
    and not exists (select 1 from agreements pks where pks.parent_id = ${table.id}
      and pks.document_type = 'perjanjian_kerja_sama' and pks.deleted_at is null))`;
}

/** The region is a party of the agreement that has not confirmed it. */
export function awaitingConfirmationCondition(regionCode: string): SQL {
  return sql`exists (select 1 from ${agreementParties} where ${agreementParties.agreementId} = ${agreements.id}
    and ${agreementParties.regionCode} = ${regionCode} and ${agreementParties.confirmedAt} is null)`;
}

function listWhere(filters: ListFilters, scope: ReadScope): { where: SQL | undefined; query: SQL | null } {
  const conditions: Array<SQL | undefined> = [
    filters.deleted ? isNotNull(agreements.deletedAt) : isNull(agreements.deletedAt),
    scopeFilter(scope),
  ];
  if (filters.party) conditions.push(sql`${agreements.partyRegionCodes} @> ${textArray([filters.party])}`);
  if (filters.partnerRegion)
    conditions.push(sql`${agreements.partyRegionCodes} @> ${textArray([filters.partnerRegion])}`);
  if (filters.partnerOf)
    conditions.push(sql`${agreements.partyRegionCodes} @> ${textArray([filters.partnerOf])}`);
  if (filters.partnerOrganization) {
    conditions.push(
      sql`exists (select 1 from ${agreementParties} where ${agreementParties.agreementId} = ${agreements.id} and ${agreementParties.organizationId} = ${filters.partnerOrganization})`,
    );
  }
  if (filters.kind) conditions.push(eq(agreements.kind, filters.kind));
  if (filters.documentType) conditions.push(eq(agreements.documentType, filters.documentType));
  if (filters.sector) conditions.push(sql`${agreements.sectors} @> ${textArray([filters.sector])}`);
  if (filters.stage) conditions.push(eq(agreements.stage, filters.stage));
  if (filters.year) {
    conditions.push(gte(agreements.signingDate, `${filters.year}-01-01`));
    conditions.push(lte(agreements.signingDate, `${filters.year}-12-31`));
  }
  if (filters.expiring) {
    conditions.push(gte(agreements.validUntil, filters.expiring.from));
    conditions.push(lte(agreements.validUntil, filters.expiring.to));
  }
  if (filters.acting !== undefined) conditions.push(eq(agreements.actingSignatory, filters.acting));
  if (filters.expired) {
    const { today, activeStages } = filters.expired;
    const expired = sql`(${inArray(agreements.stage, [...activeStages])} and ${agreements.validUntil} < ${today})`;
    conditions.push(filters.expired.value ? expired : sql`not coalesce(${expired}, false)`);
  }
  if (filters.parentId) conditions.push(eq(agreements.parentId, filters.parentId));
  if (filters.health && filters.health.length > 0)
    conditions.push(inArray(agreements.health, [...filters.health]));
  if (filters.ksbWithoutPks !== undefined) {
    const condition = ksbWithoutPksCondition();
    conditions.push(filters.ksbWithoutPks ? condition : sql`not ${condition}`);
  }
  if (filters.awaitingConfirmationOf !== undefined)
    conditions.push(awaitingConfirmationCondition(filters.awaitingConfirmationOf));
  for (const code of filters.searchRegions ?? [])
    conditions.push(sql`${agreements.partyRegionCodes} @> ${textArray([code])}`);
  let query: SQL | null = null;
  if (filters.search && filters.search.length > 0) {
    query = sql`(${sql.join(
      filters.search.map((group) => sql`websearch_to_tsquery('indonesian', ${group})`),
      sql` && `,
    )})`;
    conditions.push(sql`${agreements.searchVector} @@ ${query}`);
  }
  return { where: and(...conditions), query };
}

function listOrder(sort: ListSort, query: SQL | null): SQL[] {
  switch (sort) {
    case 'relevance':
      if (query) {
        return [
          sql`ts_rank(${agreements.searchVector}, ${query}) desc`,
          sql`${agreements.signingDate} desc nulls last`,
          asc(agreements.id),
        ];
      }
      return [sql`${agreements.signingDate} desc nulls last`, asc(agreements.id)];
    case 'signingDate':
      return [sql`${agreements.signingDate} asc nulls last`, asc(agreements.id)];
    case '-signingDate':
      return [sql`${agreements.signingDate} desc nulls last`, asc(agreements.id)];
    case 'title':
      return [asc(agreements.title), asc(agreements.id)];
    case '-title':
      return [desc(agreements.title), asc(agreements.id)];
    case 'updatedAt':
      return [asc(agreements.updatedAt), asc(agreements.id)];
    case '-updatedAt':
      return [desc(agreements.updatedAt), asc(agreements.id)];
    case 'health':
      return [sql`${healthRank} asc`, sql`${agreements.validUntil} asc nulls last`, asc(agreements.id)];
    case '-health':
      return [sql`${healthRank} desc`, sql`${agreements.validUntil} asc nulls last`, asc(agreements.id)];
  }
}

const listColumns = {
  id: agreements.id,
  kind: agreements.kind,
  ksddNature: agreements.ksddNature,
  documentType: agreements.documentType,
  parentId: agreements.parentId,
  title: agreements.title,
  signingDate: agreements.signingDate,
  signingPlace: agreements.signingPlace,
  validFrom: agreements.validFrom,
  validUntil: agreements.validUntil,
  sectors: agreements.sectors,
  stage: agreements.stage,
  stageDate: agreements.stageDate,
  actingSignatory: agreements.actingSignatory,
  partyRegionCodes: agreements.partyRegionCodes,
  ownerRegionCode: agreements.ownerRegionCode,
  published: agreements.published,
  health: agreements.health,
  healthReasons: agreements.healthReasons,
  version: agreements.version,
  createdAt: agreements.createdAt,
  updatedAt: agreements.updatedAt,
  deletedAt: agreements.deletedAt,
};
export type AgreementListRow = { [K in keyof typeof listColumns]: AgreementRow[K] };

/**
 * Counting stops here: an exact count of a very large result costs a scan of every matching row, and
 * "more than 1,000" is all a list needs to say (reports count exactly).
 */
export const maxExactCount = 1000;

/**
 * A page of agreements matching the filters within the reader's scope, and the number of matches
 * (exact up to maxExactCount, else at least that many: `totalExact` false).
 */
export async function listAgreementRows(
  db: Db,
  filters: ListFilters,
  scope: ReadScope,
  sort: ListSort,
  paging: { limit: number; offset: number },
): Promise<{ items: AgreementListRow[]; total: number; totalExact: boolean }> {
  const { where, query } = listWhere(filters, scope);
  const items = await db
    .select(listColumns)
    .from(agreements)
    .where(where)
    .orderBy(...listOrder(sort, query))
    .limit(paging.limit)
    .offset(paging.offset);
  if (items.length > 0 && items.length < paging.limit) {
    return { items, total: paging.offset + items.length, totalExact: true };
  }
  const limited = db
    .select({ one: sql`1` })
    .from(agreements)
    .where(where)
    .limit(maxExactCount + 1)
    .as('limited');
  const [count] = await db.select({ total: sql<string>`count(*)` }).from(limited);
  const counted = Number(count?.total ?? 0);
  const totalExact = counted <= maxExactCount;
  return {
    items,
    total: Math.max(totalExact ? counted : maxExactCount, paging.offset + items.length),
    totalExact,
  };
}

/** The exact number of agreements matching the filters within the scope (dashboards: every number links to this list). */
export async function countAgreementRows(db: Db, filters: ListFilters, scope: ReadScope): Promise<number> {
  const { where } = listWhere(filters, scope);
  const [row] = await db
    .select({ total: sql<string>`count(*)` })
    .from(agreements)
    .where(where);
  return Number(row?.total ?? 0);
}

/** The number of agreements per health state matching the filters within the scope. */
export async function countAgreementRowsByHealth(
  db: Db,
  filters: ListFilters,
  scope: ReadScope,
): Promise<Map<string, number>> {
  const { where } = listWhere(filters, scope);
  const rows = await db
    .select({ health: agreements.health, total: sql<string>`count(*)` })
    .from(agreements)
    .where(where)
    .groupBy(agreements.health);
  return new Map(rows.map((row) => [row.health, Number(row.total)]));
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

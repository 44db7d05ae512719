/**
 * The SQL of finding agreements: the filtered, sorted and counted list within the reader's scope,
 * the candidates of the duplicate check, and the search vocabulary's typo-tolerant look-ups (similar
 * and near words).
 */
import { and, asc, desc, eq, gte, inArray, isNotNull, isNull, lte, sql, type SQL } from 'drizzle-orm';
import { scopeCondition, textArray, type ReadScope } from '../../auth/record-access.js';
import type { Db } from '../../db/client.js';
import { agreementHealth, agreementParties, agreements, searchWords } from '../../db/schema/index.js';
import type { AgreementRow } from './repo.js';

function scopeFilter(scope: ReadScope): SQL | undefined {
  return scopeCondition(scope, agreements);
}

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
  /** Health states (agreement_health.health), any of them. */
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

/** The order of health states for sorting: the healthiest first (the list joins agreement_health). */
const healthRank = sql`case ${agreementHealth.health} when 'aktif' then 0 when 'perlu_perhatian' then 1 when 'dorman' then 2 else 3 end`;

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
    conditions.push(
      sql`${agreements.id} in (select ${agreementHealth.agreementId} from ${agreementHealth}
        where ${inArray(agreementHealth.health, [...filters.health])})`,
    );
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
  health: agreementHealth.health,
  healthReasons: agreementHealth.reasons,
  version: agreements.version,
  createdAt: agreements.createdAt,
  updatedAt: agreements.updatedAt,
  deletedAt: agreements.deletedAt,
};
/** An agreement's health as the list reads it from agreement_health. */
type HealthColumns = { health: string; healthReasons: unknown };
export type AgreementListRow = {
  [K in Exclude<keyof typeof listColumns, keyof HealthColumns>]: AgreementRow[K];
} & HealthColumns;

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
    .innerJoin(agreementHealth, eq(agreementHealth.agreementId, agreements.id))
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

/**
 * The exact numbers of agreements matching each of several filter sets within one scope, in one
 * statement (the dashboard's numbers): each is a `count(*) filter` with the list's own condition of
 * its filters, so each equals `countAgreementRows` of them, for one read of the scope's agreements.
 */
export async function countAgreementRowsEach(
  db: Db,
  filtersEach: readonly ListFilters[],
  scope: ReadScope,
): Promise<number[]> {
  if (filtersEach.length === 0) return [];
  const counts = Object.fromEntries(
    filtersEach.map((filters, index) => [
      `n${index}`,
      sql<string>`count(*) filter (where ${listWhere(filters, scope).where ?? sql`true`})`,
    ]),
  );
  // Every count's rows are among these: the scope's agreements (not deleted, unless one asks for them).
  const base = and(
    filtersEach.some((filters) => filters.deleted) ? undefined : isNull(agreements.deletedAt),
    scopeFilter(scope),
  );
  const [row] = await db.select(counts).from(agreements).where(base);
  return filtersEach.map((_, index) => Number(row?.[`n${index}`] ?? 0));
}

/** The number of agreements per health state matching the filters within the scope. */
export async function countAgreementRowsByHealth(
  db: Db,
  filters: ListFilters,
  scope: ReadScope,
): Promise<Map<string, number>> {
  const { where } = listWhere(filters, scope);
  const rows = await db
    .select({ health: agreementHealth.health, total: sql<string>`count(*)` })
    .from(agreements)
    .innerJoin(agreementHealth, eq(agreementHealth.agreementId, agreements.id))
    .where(where)
    .groupBy(agreementHealth.health);
  return new Map(rows.map((row) => [row.health, Number(row.total)]));
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

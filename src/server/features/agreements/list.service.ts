/**
 * Lists, search and CSV export of agreements, scoped to what the reader may see: own party regions
 * (and published records) for regional users, the jurisdiction for oversight, published records for
 * anonymous visitors.
 */
import type { Actor } from '../../auth/policy.js';
import type { Db } from '../../db/client.js';
import { AppError } from '../../errors.js';
import {
  addDays,
  confirmationSummary,
  cooperationKindLabels,
  documentTypeLabels,
  effectiveStatus,
  isActiveStage,
  normalizeSearchText,
  stageLabels,
  stages,
  type CooperationKind,
  type DocumentType,
  type Stage,
} from '../../../domain/agreements/index.js';
import {
  healthLabels,
  healthStates,
  type Health,
  type HealthReason,
} from '../../../domain/monitoring/health.js';
import { ownScope } from '../../auth/record-access.js';
import { mayListDeleted, readScope } from './access.js';
import { csvLine, utf8Bom } from './csv.js';
import { storedPartyKey } from './model.js';
import {
  countAgreementRows,
  countAgreementRowsByHealth,
  countAgreementRowsEach,
  listAgreementRows,
  nearWords,
  similarWords,
  type ListFilters,
  type ListSort,
} from './list.repo.js';
import { findParties } from './repo.js';
import { partyName } from './search-refresh.js';
import { compoundLookAlikes, editDistance, queryWords, regionMentionsOf } from './search-text.js';
import { todayIso } from './rules.service.js';

export type ListQuery = {
  party?: string | undefined;
  partner?: string | undefined;
  kind?: string | undefined;
  documentType?: string | undefined;
  sector?: string | undefined;
  stage?: string | undefined;
  year?: number | undefined;
  expiringWithinDays?: number | undefined;
  acting?: boolean | undefined;
  expired?: boolean | undefined;
  parentId?: string | undefined;
  health?: Health | undefined;
  ksbWithoutPks?: boolean | undefined;
  awaitingMyConfirmation?: boolean | undefined;
  q?: string | undefined;
  sort?: ListSort | undefined;
  deleted?: boolean | undefined;
  /** Only the reader's own region or jurisdiction, without others' published records (dashboard links). */
  own?: boolean | undefined;
  page: number;
  pageSize: number;
};

/** The reader's scope of a list: everything readable, or with `own` only their region or jurisdiction. */
function scopeOf(actor: Actor, query: Pick<ListQuery, 'own'>) {
  return query.own ? ownScope(actor) : readScope(actor);
}

/** The number of agreements a list with these filters shows, exactly (the numbers of the dashboard). */
export async function countAgreements(
  db: Db,
  actor: Actor,
  query: Omit<ListQuery, 'page' | 'pageSize' | 'q' | 'sort'>,
  options: { today?: string } = {},
): Promise<number> {
  const today = options.today ?? todayIso();
  const filters = toFilters(actor, query, today, { groups: undefined, regionCodes: [] });
  return countAgreementRows(db, filters, scopeOf(actor, query));
}

/**
 * The numbers of agreements that lists with the shared filters `common` and each of `variants` show,
 * exactly, in one statement (the dashboard's numbers): each equals `countAgreements` of its query.
 */
export async function countAgreementsEach(
  db: Db,
  actor: Actor,
  common: Omit<ListQuery, 'page' | 'pageSize' | 'q' | 'sort'>,
  variants: ReadonlyArray<Omit<ListQuery, 'page' | 'pageSize' | 'q' | 'sort' | 'own'>>,
  options: { today?: string } = {},
): Promise<number[]> {
  const today = options.today ?? todayIso();
  const filtersEach = variants.map((variant) =>
    toFilters(actor, { ...common, ...variant }, today, { groups: undefined, regionCodes: [] }),
  );
  return countAgreementRowsEach(db, filtersEach, scopeOf(actor, common));
}

/** The number of agreements per health state a list with these filters shows. */
export async function countAgreementsByHealth(
  db: Db,
  actor: Actor,
  query: Omit<ListQuery, 'page' | 'pageSize' | 'q' | 'sort' | 'health'>,
  options: { today?: string } = {},
): Promise<Record<Health, number>> {
  const today = options.today ?? todayIso();
  const filters = toFilters(actor, query, today, { groups: undefined, regionCodes: [] });
  const counts = await countAgreementRowsByHealth(db, filters, scopeOf(actor, query));
  return Object.fromEntries(healthStates.map((state) => [state, counts.get(state) ?? 0])) as Record<
    Health,
    number
  >;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Known words at least this similar to a query word are searched too ("pengelolan" -> "pengelolaan"). */
const typoSimilarity = 0.45;

/**
 * The search of a query: the regions it names with a kind or title ("Pemkot Malang" -> 35.73, each a
 * required party), and the full-text groups of the other words, each word with its look-alikes so a
 * typo still finds the record while every word stays required: the vocabulary's words by trigram
 * similarity ("pengelolan" -> "pengelolaan", "Muhammad" -> "muhamad"), a misspelt closed compound
 * ("kerjsama" -> "kerja sama"), and, when trigrams find nothing, a word one or two edits away with the
 * same first letter ("jmabi" -> "jambi"). Websearch syntax passes through as is.
 */
async function searchOf(
  db: Db,
  q: string | undefined,
): Promise<{ groups: string[] | undefined; regionCodes: string[] }> {
  const { regionCodes, rest } = regionMentionsOf(q ?? '');
  const normalized = normalizeSearchText(rest);
  if (!normalized) return { groups: undefined, regionCodes };
  const words = queryWords(normalized);
  if (!words) return { groups: [normalized], regionCodes };
  const similar = await similarWords(db, words, { perWord: 3, minSimilarity: typoSimilarity });
  const unmatched = words.filter((word) => (similar.get(word) ?? []).length === 0);
  const near = await nearWords(db, unmatched, 2);
  const groups = words.map((word) => {
    const close = (near.get(word) ?? []).filter(
      (other) => editDistance(word, other) <= (word.length >= 8 ? 2 : 1),
    );
    const alternatives = [
      ...(similar.get(word) ?? []),
      ...compoundLookAlikes(word, typoSimilarity),
      ...close,
    ].filter((other) => other !== word);
    return [word, ...new Set(alternatives)].join(' or ');
  });
  return { groups, regionCodes };
}

/**
 * The region a reader takes part in agreements as (a regional user's pemda), which `partner` pairs
 * with: "our agreements with Kabupaten Pasuruan". System administrators, oversight (whose region is a
 * jurisdiction, not a side) and anonymous visitors have none; for them `partner` is just a party.
 */
function ownPartyRegion(actor: Actor): string | undefined {
  if (actor.kind !== 'user' || actor.role === 'system_admin' || actor.role === 'oversight') return undefined;
  return actor.regionCode ?? undefined;
}

function toFilters(
  actor: Actor,
  query: Omit<ListQuery, 'page' | 'pageSize'>,
  today: string,
  search: { groups: string[] | undefined; regionCodes: string[] },
): ListFilters {
  if (query.deleted && !mayListDeleted(actor)) {
    throw new AppError('FORBIDDEN', 'Only administrators may list deleted agreements', 'deleted');
  }
  const partnerIsOrganization = query.partner !== undefined && uuidPattern.test(query.partner);
  return {
    party: query.party,
    partnerRegion: partnerIsOrganization ? undefined : query.partner,
    partnerOrganization: partnerIsOrganization ? query.partner : undefined,
    partnerOf: query.partner ? ownPartyRegion(actor) : undefined,
    kind: query.kind,
    documentType: query.documentType,
    sector: query.sector,
    stage: query.stage,
    year: query.year,
    expiring:
      query.expiringWithinDays !== undefined
        ? { from: today, to: addDays(today, query.expiringWithinDays) }
        : undefined,
    acting: query.acting,
    expired:
      query.expired !== undefined
        ? { value: query.expired, today, activeStages: stages.filter(isActiveStage) }
        : undefined,
    parentId: query.parentId,
    health: query.health ? [query.health] : undefined,
    ksbWithoutPks: query.ksbWithoutPks,
    // Without a party region of its own, nothing waits for the reader's confirmation.
    awaitingConfirmationOf: query.awaitingMyConfirmation ? (ownPartyRegion(actor) ?? '') : undefined,
    search: search.groups,
    searchRegions: search.regionCodes,
    deleted: query.deleted,
  };
}

/** A page of agreements with their parties' names and confirmations. */
export async function listAgreements(
  db: Db,
  actor: Actor,
  query: ListQuery,
  options: { today?: string } = {},
) {
  const today = options.today ?? todayIso();
  const filters = toFilters(actor, query, today, await searchOf(db, query.q));
  const sort: ListSort = query.sort ?? (filters.search ? 'relevance' : '-signingDate');
  const { items, total, totalExact } = await listAgreementRows(db, filters, scopeOf(actor, query), sort, {
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  });
  const parties = await findParties(
    db,
    items.map((item) => item.id),
  );
  const byAgreement = new Map<string, typeof parties>();
  for (const party of parties) {
    const list = byAgreement.get(party.agreementId) ?? [];
    list.push(party);
    byAgreement.set(party.agreementId, list);
  }
  return {
    items: items.map((item) => {
      const own = byAgreement.get(item.id) ?? [];
      const regionParties = own.filter((party) => party.regionCode !== null);
      const confirmations = confirmationSummary(
        regionParties.map((party) => ({
          kind: 'region' as const,
          regionCode: party.regionCode ?? '',
          documentNumber: null,
          role: null,
          rights: [],
          obligations: [],
          financing: null,
        })),
        regionParties
          .filter((party) => party.confirmedAt)
          .map((party) => ({ partyKey: storedPartyKey(party) })),
      );
      return {
        id: item.id,
        kind: item.kind as CooperationKind,
        ksddNature: item.ksddNature,
        documentType: item.documentType as DocumentType,
        parentId: item.parentId,
        title: item.title,
        signingDate: item.signingDate,
        signingPlace: item.signingPlace,
        validFrom: item.validFrom,
        validUntil: item.validUntil,
        sectors: item.sectors,
        stage: item.stage as Stage,
        stageDate: item.stageDate,
        effectiveStatus: effectiveStatus({ validUntil: item.validUntil, stage: item.stage as Stage }, today),
        actingSignatory: item.actingSignatory,
        published: item.published,
        health: item.health as Health,
        healthReasons: item.healthReasons as HealthReason[],
        parties: own.map((party) => ({
          kind: party.partyKind,
          regionCode: party.regionCode,
          organizationId: party.organizationId,
          name: partyName(party),
          documentNumber: party.documentNumber,
          confirmed: party.confirmedAt !== null,
        })),
        confirmations: { confirmed: confirmations.confirmed, total: confirmations.total },
        version: item.version,
        updatedAt: item.updatedAt.toISOString(),
        deletedAt: item.deletedAt?.toISOString() ?? null,
      };
    }),
    total,
    totalExact,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** Largest export: the whole national data set fits. */
const maxExportRows = 100_000;
const exportPageSize = 1000;

const csvHeader = [
  'id',
  'judul',
  'jenis_kerja_sama',
  'jenis_dokumen',
  'pihak',
  'kode_wilayah_pihak',
  'nomor_dokumen',
  'tanggal_penandatanganan',
  'tempat_penandatanganan',
  'berlaku_mulai',
  'berlaku_sampai',
  'tahap',
  'status',
  'bidang',
  'penandatangan_pj_plt_plh',
  'konfirmasi',
  'kesehatan',
  'diperbarui',
];

/**
 * The agreements matching the filters as CSV (UTF-8 with BOM, CRLF, quoted where needed), produced
 * page by page so memory stays flat.
 */
export async function* exportAgreementsCsv(
  db: Db,
  actor: Actor,
  query: Omit<ListQuery, 'page' | 'pageSize'>,
  options: { today?: string } = {},
): AsyncGenerator<string> {
  const today = options.today ?? todayIso();
  yield utf8Bom + csvLine(csvHeader);
  for (let page = 1; (page - 1) * exportPageSize < maxExportRows; page += 1) {
    const result = await listAgreements(db, actor, { ...query, page, pageSize: exportPageSize }, { today });
    let chunk = '';
    for (const item of result.items) {
      chunk += csvLine([
        item.id,
        item.title,
        cooperationKindLabels[item.kind]?.short ?? item.kind,
        documentTypeLabels[item.documentType]?.id ?? item.documentType,
        item.parties.map((party) => party.name).join('; '),
        item.parties
          .map((party) => party.regionCode ?? '')
          .filter(Boolean)
          .join('; '),
        item.parties
          .map((party) => party.documentNumber ?? '')
          .filter(Boolean)
          .join('; '),
        item.signingDate,
        item.signingPlace,
        item.validFrom,
        item.validUntil,
        stageLabels[item.stage]?.id ?? item.stage,
        item.effectiveStatus === 'kedaluwarsa'
          ? 'Kedaluwarsa'
          : (stageLabels[item.effectiveStatus]?.id ?? ''),
        item.sectors.join('; '),
        item.actingSignatory ? 'ya' : 'tidak',
        `${item.confirmations.confirmed}/${item.confirmations.total}`,
        healthLabels[item.health]?.id ?? item.health,
        item.updatedAt,
      ]);
    }
    if (chunk) yield chunk;
    if (result.items.length < exportPageSize) break;
  }
}

/**
 * The program list and its CSV export, with the same filters. The scope is record-access.ts's
 * (`scopeCondition(readScope(actor), programs)`); nothing here decides who sees what.
 *
 * CSV: `rows=programs` (default) gives one line per program with its total budget and realisation
 * over all years; `rows=budgets` gives one line per budget line (program, year, budget, realisation,
 * note), the form a spreadsheet sums by year. Per-year columns were not chosen: their number would
 * depend on the filters, so two exports could not be pasted under each other.
 */
import { and, desc, eq, isNull, or, sql, type SQL } from 'drizzle-orm';
import { regionByCode } from '../../../domain/regions/index.js';
import type { ProgramKind, ProgramParentType, ProgramStatus } from '../../../domain/records/kinds.js';
import type { SectorKey } from '../../../domain/taxonomy/sectors.js';
import type { Actor } from '../../auth/policy.js';
import { readScope, scopeCondition } from '../../auth/record-access.js';
import type { Db } from '../../db/client.js';
import { organizations, programBudgets, programs } from '../../db/schema/index.js';
import { csvLine, utf8Bom } from '../agreements/csv.js';
import { realisationPercent } from './model.js';
import type { ProgramListItemDto } from '../../../domain/records/program-api.js';

export type ProgramFilters = {
  region?: string | undefined;
  /** The region's side: funder or recipient; without it, either. */
  role?: 'funder' | 'recipient' | undefined;
  kind?: ProgramKind | undefined;
  status?: ProgramStatus | undefined;
  sector?: SectorKey | undefined;
  /** Programs with a budget line in this year. */
  year?: number | undefined;
  parentType?: ProgramParentType | undefined;
  parentId?: string | undefined;
  q?: string | undefined;
};

function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, '\\$&')}%`;
}

function conditions(actor: Actor, filters: ProgramFilters): SQL | undefined {
  const where: Array<SQL | undefined> = [
    isNull(programs.deletedAt),
    scopeCondition(readScope(actor), programs),
  ];
  if (filters.region) {
    const asFunder = eq(programs.funderRegionCode, filters.region);
    const asRecipient = eq(programs.recipientRegionCode, filters.region);
    where.push(
      filters.role === 'funder'
        ? asFunder
        : filters.role === 'recipient'
          ? asRecipient
          : or(asFunder, asRecipient),
    );
  }
  if (filters.kind) where.push(eq(programs.kind, filters.kind));
  if (filters.status) where.push(eq(programs.status, filters.status));
  if (filters.sector) where.push(sql`${filters.sector} = any(${programs.sectors})`);
  if (filters.year !== undefined)
    where.push(
      sql`exists (select 1 from ${programBudgets} where ${programBudgets.programId} = ${programs.id} and ${programBudgets.year} = ${filters.year})`,
    );
  if (filters.parentType) where.push(eq(programs.parentType, filters.parentType));
  if (filters.parentId) where.push(eq(programs.parentId, filters.parentId));
  if (filters.q) {
    const pattern = likePattern(filters.q);
    where.push(
      sql`(${programs.title} ilike ${pattern} or coalesce(${programs.location}, '') ilike ${pattern} or coalesce(${programs.description}, '') ilike ${pattern})`,
    );
  }
  return and(...where.filter((condition): condition is SQL => condition !== undefined));
}

const totalBudget = sql<string>`(select coalesce(sum(${programBudgets.budget}), 0) from ${programBudgets} where ${programBudgets.programId} = ${programs.id})`;
const totalRealisation = sql<string>`(select coalesce(sum(${programBudgets.realisation}), 0) from ${programBudgets} where ${programBudgets.programId} = ${programs.id})`;
const years = sql<
  number[]
>`(select coalesce(array_agg(${programBudgets.year} order by ${programBudgets.year}), '{}'::int[]) from ${programBudgets} where ${programBudgets.programId} = ${programs.id})`;

const listColumns = {
  id: programs.id,
  title: programs.title,
  kind: programs.kind,
  status: programs.status,
  parentType: programs.parentType,
  parentId: programs.parentId,
  funderRegionCode: programs.funderRegionCode,
  funderOrganizationId: programs.funderOrganizationId,
  funderOrganizationName: sql<
    string | null
  >`(select ${organizations.name} from ${organizations} where ${organizations.id} = ${programs.funderOrganizationId})`,
  recipientRegionCode: programs.recipientRegionCode,
  recipientOrganizationId: programs.recipientOrganizationId,
  recipientOrganizationName: sql<
    string | null
  >`(select ${organizations.name} from ${organizations} where ${organizations.id} = ${programs.recipientOrganizationId})`,
  location: programs.location,
  sectors: programs.sectors,
  physicalProgress: programs.physicalProgress,
  published: programs.published,
  version: programs.version,
  updatedAt: programs.updatedAt,
  totalBudget,
  totalRealisation,
  years,
};

const selectList = (db: Db) => db.select(listColumns).from(programs);
type ListRow = Awaited<ReturnType<ReturnType<typeof selectList>['execute']>>[number];

function itemOf(row: ListRow): ProgramListItemDto {
  const budget = Number(row.totalBudget);
  const realisation = Number(row.totalRealisation);
  return {
    id: row.id,
    title: row.title,
    kind: row.kind as ProgramKind,
    status: row.status as ProgramStatus,
    parentType: row.parentType as ProgramParentType | null,
    parentId: row.parentId,
    funderRegionCode: row.funderRegionCode,
    funderName:
      (row.funderRegionCode ? regionByCode(row.funderRegionCode)?.name : null) ?? row.funderOrganizationName,
    recipientRegionCode: row.recipientRegionCode,
    recipientName:
      (row.recipientRegionCode ? regionByCode(row.recipientRegionCode)?.name : null) ??
      row.recipientOrganizationName,
    location: row.location,
    sectors: row.sectors as SectorKey[],
    physicalProgress: row.physicalProgress,
    published: row.published,
    budgetYears: row.years.map(Number),
    totalBudget: budget,
    totalRealisation: realisation,
    realisationPercent: realisationPercent(budget, realisation),
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/**
 * A page of programs with the total, in one statement: the total is a subquery planned apart (an
 * InitPlan), so the page keeps its own plan, and the list waits for one round trip instead of two
 * (docs/benchmarks.md, session 19). A page past the end has no row to carry the total: it is counted
 * apart then.
 */
export async function listPrograms(
  db: Db,
  actor: Actor,
  query: ProgramFilters & { page: number; pageSize: number },
) {
  const where = conditions(actor, query);
  const offset = (query.page - 1) * query.pageSize;
  const found = await db
    .select({ ...listColumns, total: sql<string>`(select count(*) from ${programs} where ${where})` })
    .from(programs)
    .where(where)
    .orderBy(desc(programs.updatedAt), desc(programs.id))
    .limit(query.pageSize)
    .offset(offset);
  let total = found.length > 0 ? Number(found[0]!.total) : 0;
  if (found.length === 0 && offset > 0) {
    const [count] = await db
      .select({ total: sql<string>`count(*)` })
      .from(programs)
      .where(where);
    total = Number(count?.total ?? 0);
  }
  return {
    items: found.map(({ total: _total, ...row }) => itemOf(row)),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

const exportBatch = 500;

/** The programs matching the filters as CSV lines, streamed in batches. */
export async function* exportProgramsCsv(
  db: Db,
  actor: Actor,
  filters: ProgramFilters & { rows?: 'programs' | 'budgets' | undefined },
): AsyncGenerator<string> {
  const perBudget = filters.rows === 'budgets';
  yield (
    utf8Bom +
    csvLine(
      perBudget
        ? [
            'program_id',
            'judul',
            'pemberi_dana',
            'penerima',
            'tahun_anggaran',
            'anggaran',
            'realisasi',
            'catatan',
          ]
        : [
            'id',
            'judul',
            'jenis',
            'status',
            'pemberi_dana',
            'penerima',
            'lokasi',
            'sektor',
            'progres_fisik',
            'tahun_anggaran',
            'total_anggaran',
            'total_realisasi',
            'persen_realisasi',
          ],
    )
  );
  const where = conditions(actor, filters);
  for (let offset = 0; ; offset += exportBatch) {
    const rows = await selectList(db)
      .where(where)
      .orderBy(desc(programs.updatedAt), desc(programs.id))
      .limit(exportBatch)
      .offset(offset);
    if (!rows.length) return;
    const items = rows.map(itemOf);
    if (!perBudget) {
      yield items
        .map((item) =>
          csvLine([
            item.id,
            item.title,
            item.kind,
            item.status,
            item.funderName,
            item.recipientName,
            item.location,
            item.sectors.join(';'),
            item.physicalProgress,
            item.budgetYears.join(';'),
            item.totalBudget,
            item.totalRealisation,
            item.realisationPercent,
          ]),
        )
        .join('');
    } else {
      const lines = await db
        .select()
        .from(programBudgets)
        .where(
          sql`${programBudgets.programId} in (${sql.join(
            items.map((item) => sql`${item.id}::uuid`),
            sql`, `,
          )})`,
        )
        .orderBy(programBudgets.year);
      yield items
        .flatMap((item) =>
          lines
            .filter((line) => line.programId === item.id)
            .map((line) =>
              csvLine([
                item.id,
                item.title,
                item.funderName,
                item.recipientName,
                line.year,
                line.budget,
                line.realisation,
                line.note,
              ]),
            ),
        )
        .join('');
    }
    if (rows.length < exportBatch) return;
  }
}

/**
 * Finding visits: the filtered list within the reader's scope, its CSV export, and the good practices
 * a region is known for through the visits it received.
 */
import type { Actor } from '../../auth/policy.js';
import { readScope } from '../../auth/record-access.js';
import type { Db } from '../../db/client.js';
import { AppError } from '../../errors.js';
import { regionByCode } from '../../../domain/regions/index.js';
import type { VisitInput } from '../../../domain/records/schema.js';
import { utf8Bom } from '../agreements/csv.js';
import { visitCsvHeader, visitCsvLine } from './csv.js';
import { regionName, visitSummary } from './model.js';
import { goodPracticesOfRegion, listVisitRows, visitRowsInBatches, type VisitFilters } from './repo.js';

export type VisitListQuery = VisitFilters & { page: number; pageSize: number };

export async function listVisits(db: Db, actor: Actor, query: VisitListQuery) {
  const { page, pageSize, ...filters } = query;
  const { rows, total } = await listVisitRows(db, readScope(actor), filters, {
    limit: pageSize,
    offset: (page - 1) * pageSize,
  });
  return { items: rows.map(visitSummary), total, page, pageSize };
}

/** The visits matching the filters as CSV lines (header first), streamed in batches. */
export async function* exportVisitsCsv(db: Db, actor: Actor, filters: VisitFilters): AsyncGenerator<string> {
  yield utf8Bom + visitCsvHeader();
  for await (const rows of visitRowsInBatches(db, readScope(actor), filters)) {
    yield rows.map((row) => visitCsvLine(row, regionName)).join('');
  }
}

/** The good practices recorded on a region by the visits it received, those the reader may see. */
export async function listGoodPractices(db: Db, actor: Actor, regionCode: string) {
  if (!regionByCode(regionCode)) {
    throw new AppError('REGION_NOT_FOUND', `No region ${regionCode} exists`, 'code');
  }
  const rows = await goodPracticesOfRegion(db, readScope(actor), regionCode);
  return {
    items: rows.map((row) => ({
      id: row.id,
      topic: row.topic,
      description: row.description,
      sector: row.sector,
      visit: {
        id: row.visitId,
        title: row.visitTitle,
        startDate: row.visitStartDate,
        visitorNames: (row.visitors as VisitInput['visitors']).map(
          (visitor) => visitor.name ?? (visitor.regionCode ? regionName(visitor.regionCode) : ''),
        ),
      },
    })),
  };
}

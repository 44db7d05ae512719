/**
 * How a visit reads in a list and a detail: the summary of a row, with its regions' display names.
 */
import { displayName, regionByCode } from '../../../domain/regions/index.js';
import type { VisitInput } from '../../../domain/records/schema.js';
import type { VisitRow } from './repo.js';

/** A region's display name ("Kota Malang"), or the code when it is unknown. */
export const regionName = (code: string) => {
  const region = regionByCode(code);
  return region ? displayName(region) : code;
};

/** A visit as a list shows it. */
export function visitSummary(row: VisitRow) {
  return {
    id: row.id,
    title: row.title,
    kind: row.kind,
    hostRegionCode: row.hostRegionCode,
    hostRegionName: regionName(row.hostRegionCode),
    visitors: row.visitors as VisitInput['visitors'],
    startDate: row.startDate,
    endDate: row.endDate,
    place: row.place,
    sectors: row.sectors,
    partyRegionCodes: row.partyRegionCodes,
    published: row.published,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export type VisitSummary = ReturnType<typeof visitSummary>;

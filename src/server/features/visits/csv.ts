/** CSV columns of work visits (Indonesian headers, like the agreements' export). */
import { csvLine } from '../agreements/csv.js';
import { visitKindLabels } from '../../../domain/records/visit-labels.js';
import type { VisitInput } from '../../../domain/records/schema.js';
import type { VisitKind } from '../../../domain/records/kinds.js';
import type { VisitRow } from './repo.js';

export function visitCsvHeader(): string {
  return csvLine([
    'id',
    'judul',
    'jenis',
    'kode_tuan_rumah',
    'tuan_rumah',
    'pengunjung',
    'tanggal_mulai',
    'tanggal_selesai',
    'tempat',
    'topik',
    'sektor',
    'dipublikasikan',
  ]);
}

export function visitCsvLine(row: VisitRow, regionName: (code: string) => string): string {
  const visitors = (row.visitors as VisitInput['visitors']).map(
    (visitor) => visitor.name ?? (visitor.regionCode ? regionName(visitor.regionCode) : ''),
  );
  const topics = (row.topics as VisitInput['topics']).map((topic) => topic.text);
  return csvLine([
    row.id,
    row.title,
    row.kind in visitKindLabels ? visitKindLabels[row.kind as VisitKind].id : row.kind,
    row.hostRegionCode,
    regionName(row.hostRegionCode),
    visitors.join('; '),
    row.startDate,
    row.endDate,
    row.place,
    topics.join('; '),
    row.sectors.join('; '),
    row.published ? 'ya' : 'tidak',
  ]);
}

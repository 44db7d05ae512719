/** Meetings as CSV (UTF-8 with BOM, CRLF), with the list's filters and scope, page by page. */
import type { Actor } from '../../auth/policy.js';
import { readScope } from '../../auth/record-access.js';
import type { Db } from '../../db/client.js';
import { regionByCode } from '../../../domain/regions/index.js';
import type { MeetingKind } from '../../../domain/records/kinds.js';
import { meetingKindLabels } from '../../../domain/records/meeting-labels.js';
import { csvLine, utf8Bom } from '../agreements/csv.js';
import { exportMeetings, type MeetingFilters } from './repo.js';

/** Largest export. */
const maxExportRows = 100_000;

export const meetingCsvHeader = [
  'id',
  'judul',
  'jenis',
  'tanggal',
  'tempat',
  'tuan_rumah',
  'daerah_peserta',
  'kode_wilayah_peserta',
  'bidang',
  'agenda',
  'ringkasan',
  'keputusan',
  'dipublikasikan',
  'diperbarui',
];

const regionName = (code: string) => regionByCode(code)?.name ?? code;

export async function* exportMeetingsCsv(
  db: Db,
  actor: Actor,
  filters: MeetingFilters,
): AsyncGenerator<string> {
  yield utf8Bom + csvLine(meetingCsvHeader);
  const rows = await exportMeetings(db, filters, readScope(actor), maxExportRows);
  let chunk = '';
  for (const row of rows) {
    chunk += csvLine([
      row.id,
      row.title,
      meetingKindLabels[row.kind as MeetingKind]?.id ?? row.kind,
      row.date,
      row.place,
      row.hostRegionCode ? regionName(row.hostRegionCode) : null,
      row.partyRegionCodes.map(regionName).join('; '),
      row.partyRegionCodes.join('; '),
      row.sectors.join('; '),
      row.agenda,
      row.summary,
      row.decisionTexts.join('; '),
      row.published ? 'ya' : 'tidak',
      row.updatedAt.toISOString(),
    ]);
    if (chunk.length > 64_000) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

/**
 * A reviewed article turned into what it reports, when that is not an agreement: a work visit
 * (Kunjungan kerja) or a meeting (Pertemuan), with the meeting's commitments as decisions and the
 * projects it names as programs. Pure functions, unit-tested on the seed articles; the review screen
 * edits their output and the ingest API saves it in one transaction.
 */
import { officeTitle } from '../../../domain/agreements/kinds';
import { displayName, regionByCode } from '../../../domain/regions/catalog';
import type { MeetingFormValues, ProgramFormValues, VisitFormValues } from '../../../domain/records/schema';
import type { VisitKind } from '../../../domain/records/kinds';
import type { ExtractionResult } from '../../../extract/types';
import type { Draft } from './draft';

/** What an article is saved as. An agreement needs a document type the person chooses. */
export type SaveAs = 'agreement' | 'visit' | 'meeting';

/** The record type the article most likely reports: a visit, an audience (meeting), or a signing. */
export function defaultSaveAs(eventType: ExtractionResult['eventType']): SaveAs {
  if (eventType === 'visit') return 'visit';
  if (eventType === 'audience') return 'meeting';
  return 'agreement';
}

function regionName(code: string): string {
  const region = regionByCode(code);
  return region ? displayName(region) : code;
}

/** The visited region: the host the extractor read if it is still a party, else the last party named. */
export function hostOf(
  draft: Pick<Draft, 'parties'>,
  result: Pick<ExtractionResult, 'hostCode'>,
): string | null {
  if (result.hostCode && draft.parties.includes(result.hostCode)) return result.hostCode;
  return draft.parties.at(-1) ?? null;
}

const visitKindTitle: Record<VisitKind, string> = {
  kunjungan_kerja: 'Kunjungan kerja',
  studi_banding: 'Studi banding',
  studi_komparasi: 'Studi komparasi',
  studi_tiru: 'Studi tiru',
};

/** People of the article as the record's persons: name and post ("Pj. Bupati Bekasi"). */
function personsOf(draft: Draft, regionCodes: ReadonlySet<string>) {
  return draft.signatories
    .filter((signatory) => regionCodes.has(signatory.partyKey) && signatory.name.trim() !== '')
    .map((signatory) => ({
      name: signatory.name.trim(),
      post: `${officeTitle(signatory.office, signatory.actingKind)} ${(regionByCode(signatory.partyKey)?.name ?? '').replace(/^(?:Kabupaten|Kota)\s+/u, '')}`.trim(),
      regionCode: signatory.partyKey,
      institution: 'pemda' as const,
    }));
}

/** The visit the article reports: the host received the other parties (and their DPRD). */
export function visitFromDraft(
  draft: Draft,
  result: Pick<ExtractionResult, 'hostCode' | 'visitKind' | 'institutions' | 'topics' | 'title'>,
  hostCode: string | null = hostOf(draft, result),
): VisitFormValues {
  const visitorCodes = draft.parties.filter((code) => code !== hostCode);
  const kind = result.visitKind ?? 'kunjungan_kerja';
  const title =
    draft.title.trim() ||
    `${visitKindTitle[kind]} ${visitorCodes.map(regionName).join(', ')}${hostCode ? ` ke ${regionName(hostCode)}` : ''}`.trim();
  return {
    title,
    kind,
    hostRegionCode: hostCode ?? '',
    visitors: [
      ...visitorCodes.map((code) => ({ regionCode: code, institution: 'pemda' as const })),
      ...result.institutions
        .filter((institution) => visitorCodes.includes(institution.regionCode))
        .map((institution) => ({
          regionCode: institution.regionCode,
          institution: institution.kind,
          name: institution.name,
        })),
    ],
    delegates: personsOf(draft, new Set(visitorCodes)),
    hosts: hostCode ? personsOf(draft, new Set([hostCode])) : [],
    startDate: draft.date || null,
    endDate: null,
    place: draft.place || null,
    topics: result.topics.map((topic) => ({ text: topic.text, sector: topic.sector })),
    sectors: [...draft.sectors],
    // What a visit learns is a good practice of the host: the person keeps or removes each one.
    goodPractices: result.topics.map((topic) => ({ topic: topic.text, sector: topic.sector })),
  };
}

/** The meeting the article reports (an audiensi), its commitments as decisions. */
export function meetingFromDraft(
  draft: Draft,
  result: Pick<ExtractionResult, 'hostCode' | 'commitments' | 'topics' | 'title' | 'eventType'>,
  hostCode: string | null = result.hostCode && draft.parties.includes(result.hostCode)
    ? result.hostCode
    : null,
): MeetingFormValues {
  const title = draft.title.trim() || `Audiensi ${draft.parties.map(regionName).join(' dengan ')}`.trim();
  return {
    title,
    kind: 'audiensi',
    hostRegionCode: hostCode,
    participants: draft.parties
      .filter((code) => code !== hostCode)
      .map((code) => ({ regionCode: code, institution: 'pemda' as const })),
    persons: personsOf(draft, new Set(draft.parties)),
    date: draft.date || null,
    place: draft.place || null,
    agenda: result.topics.length > 0 ? result.topics.map((topic) => topic.text).join('; ') : null,
    sectors: [...draft.sectors],
    decisions: result.commitments.map((commitment) => ({ text: decisionText(commitment) })),
  };
}

/** "akan membentuk tim kecil" as a decision: "Membentuk tim kecil". */
export function decisionText(commitment: string): string {
  const text = commitment
    .trim()
    .replace(/^(?:(?:sudah|telah)\s+)?(?:sepakat\s+)?(?:untuk\s+)?(?:akan\s+)?/iu, '')
    .trim();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The projects the article names as programs funded by one party for another (bantuan keuangan when
 * the extractor read who funds whom, else kemitraan), each with the amount the article gives for the
 * article's year when it gives one.
 */
export function programsFromDraft(
  draft: Pick<Draft, 'parties' | 'date' | 'sectors'>,
  result: Pick<ExtractionResult, 'projects' | 'funding'>,
): ProgramFormValues[] {
  const funding =
    result.funding &&
    draft.parties.includes(result.funding.funderCode) &&
    draft.parties.includes(result.funding.recipientCode)
      ? result.funding
      : null;
  const year = /^\d{4}/.test(draft.date) ? Number(draft.date.slice(0, 4)) : null;
  return result.projects.map((project) => ({
    title: project.name.charAt(0).toUpperCase() + project.name.slice(1),
    kind: funding ? 'bantuan_keuangan' : 'kemitraan',
    funderRegionCode: funding?.funderCode ?? null,
    recipientRegionCode: funding?.recipientCode ?? null,
    sectors: [],
    status: 'berjalan',
    budgets: project.amountRupiah !== null && year !== null ? [{ year, budget: project.amountRupiah }] : [],
  }));
}

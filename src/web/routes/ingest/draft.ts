/**
 * The review screen's model, free of React: an extraction result turned into an editable draft, the
 * draft turned into the agreement the API creates, server issues placed at the form's fields, and the
 * cleaned text cut into highlighted segments. Kept pure so that it is unit-tested without a browser.
 */
import {
  allowedParentTypes,
  documentTypes as agreementDocumentTypes,
  type ActingKind,
  type DocumentType,
  type KsddNature,
  type Office,
  type OrganizationKind,
} from '../../../domain/agreements';
import { regionByCode } from '../../../domain/regions/catalog';
import type { SectorKey } from '../../../domain/taxonomy/sectors';
import {
  scoredFields,
  type EventType,
  type EvidenceItem,
  type ExtractionResult,
  type OrganizationKind as ExtractedOrganizationKind,
  type ScoredField,
} from '../../../extract/types';
import type { IngestAgreementBody, NewOrganizationBody } from '../../api/ingest';

/** A signatory (or, at a visit, a side's leader) as the form edits it. */
export type DraftSignatory = {
  /** Stable key for React lists; not sent. */
  key: string;
  /** Region code of the party signed for; '' until chosen. */
  partyKey: string;
  name: string;
  office: Office;
  actingKind: ActingKind;
  /** Name as the extractor read it, to find its evidence after the person edits the name. */
  extractedName: string | null;
};

/**
 * A third party (university, Kejaksaan, company ...) the reviewer made a party: matched to an
 * organisation record, or to be recorded with the save.
 */
export type DraftOrganization = {
  /**
   * Stable key: a UUID made in the browser. Signatories name the party by it; the save sends it as the
   * placeholder of a new organisation, or replaces it with the matched record's id.
   */
  key: string;
  /** The name as the article wrote it, to find its evidence; null when added by hand. */
  extractedName: string | null;
  /** Name to record when no record is matched. */
  name: string;
  kind: OrganizationKind;
  /** The organisation record it is matched to, or null to record a new one. */
  organizationId: string | null;
  /** Name of the matched record, for display. */
  matchedName: string | null;
};

/** The editable draft of one article. Empty strings stand for "not filled in". */
export type Draft = {
  eventType: EventType;
  interRegional: boolean;
  documentType: DocumentType | null;
  title: string;
  date: string;
  place: string;
  /** Region codes, in the order the article names them. */
  parties: string[];
  /** Third parties, after the regions. */
  organizations: DraftOrganization[];
  signatories: DraftSignatory[];
  sectors: SectorKey[];
  ksddNature: KsddNature | null;
  /** The saved record this one follows up (the KSB of a PKS named in the same article). */
  parentId: string | null;
};

/**
 * The form's fields, keyed like the extractor's evidence so that a field finds its sentences. Every
 * field of the draft has one; `kind` and `ksddNature` belong to the inter-regional flag.
 */
export const draftFields = [
  'eventType',
  'interRegional',
  'documentTypes',
  'title',
  'date',
  'place',
  'parties',
  'officials',
  'sectors',
  'organizations',
  'commitments',
  'projects',
] as const;
export type DraftField = (typeof draftFields)[number];

let signatoryCounter = 0;

/** A new, unique key for a signatory row. */
export function newSignatoryKey(): string {
  signatoryCounter += 1;
  return `s${signatoryCounter}`;
}

/** The draft the extractor proposes. Officials become signatories with their acting kind. */
export function draftFromResult(result: ExtractionResult): Draft {
  const parties = [...new Set(result.parties.map((party) => party.code))];
  return {
    eventType: result.eventType,
    interRegional: result.interRegional,
    // A visit or an audience is not an agreement: its document type is left for the person to choose,
    // so that "Buat kerja sama baru" never files a signed KSB the article does not describe.
    documentType:
      result.eventType === 'visit' || result.eventType === 'audience'
        ? null
        : (result.documentTypes[0] ?? null),
    title: result.title?.trim() ?? '',
    date: result.date ?? '',
    place: result.place ?? '',
    parties,
    organizations: [],
    signatories: result.officials.map((official) => ({
      key: newSignatoryKey(),
      partyKey: official.regionCode ?? '',
      name: official.name,
      office: official.office,
      // The extractor names the kind from the marker (Pj., Plt., Plh. in any spelling); an acting official
      // without one (an older draft) is taken for a Pj., by far the most common for heads of region.
      actingKind: official.acting ? (official.actingKind ?? 'pj') : 'definitif',
      extractedName: official.name,
    })),
    sectors: [...result.sectors],
    ksddNature: null,
    parentId: null,
  };
}

/**
 * The draft with `organization` added as a party. The extractor gives a third party's signatory (a
 * rector, a Kajari) no region; while only one organisation is a party, such signatories surely sign
 * for it, so they are linked to it instead of waiting for the reviewer to pick the party by hand.
 */
export function withOrganizationParty(draft: Draft, organization: DraftOrganization): Draft {
  const organizations = [...draft.organizations, organization];
  const signatories =
    organizations.length === 1
      ? draft.signatories.map((signatory) =>
          signatory.partyKey === '' && signatory.office === 'lainnya'
            ? { ...signatory, partyKey: organization.key }
            : signatory,
        )
      : draft.signatories;
  return { ...draft, organizations, signatories };
}

/** True when the extractor found nothing worth a record: the person would fill every field by hand. */
export function isEmptyResult(result: ExtractionResult): boolean {
  return (
    result.parties.length === 0 &&
    result.officials.length === 0 &&
    result.documentTypes.length === 0 &&
    result.date === null &&
    result.place === null &&
    result.sectors.length === 0 &&
    result.organizations.length === 0
  );
}

/** True when the extractor left a field empty ("tidak ditemukan — isi manual"). */
export function isFieldMissing(result: ExtractionResult, field: DraftField): boolean {
  switch (field) {
    case 'eventType':
      return result.eventType === 'other' && (result.evidence.eventType ?? []).length === 0;
    case 'interRegional':
      return false;
    case 'documentTypes':
      return result.documentTypes.length === 0;
    case 'title':
      return !result.title;
    case 'date':
      return result.date === null;
    case 'place':
      return result.place === null;
    case 'parties':
      return result.parties.length === 0;
    case 'officials':
      return result.officials.length === 0;
    case 'sectors':
      return result.sectors.length === 0;
    case 'organizations':
      return result.organizations.length === 0;
    case 'commitments':
      return result.commitments.length === 0;
    case 'projects':
      return result.projects.length === 0;
  }
}

/** The evidence of a field; for one value of a list field, only the items about that value. */
export function evidenceOf(
  result: ExtractionResult,
  field: DraftField,
  matches?: (value: unknown) => boolean,
): EvidenceItem[] {
  const items = result.evidence[field] ?? [];
  return matches ? items.filter((item) => matches(item.value)) : items;
}

/** Evidence of one official, by the name the extractor read. */
export function officialMatcher(name: string | null): (value: unknown) => boolean {
  return (value) =>
    name !== null &&
    typeof value === 'object' &&
    value !== null &&
    (value as { name?: unknown }).name === name;
}

/** Evidence of one party or sector, by its code or key. */
export function valueMatcher(expected: string): (value: unknown) => boolean {
  return (value) =>
    value === expected ||
    (typeof value === 'object' && value !== null && (value as { code?: unknown }).code === expected);
}

/** The highest confidence among a field's evidence, or null without evidence. */
export function confidenceOf(items: readonly EvidenceItem[]): number | null {
  if (items.length === 0) return null;
  return Math.max(...items.map((item) => item.confidence));
}

/**
 * The fields of the form the extractor gives a calibrated confidence (src/extract/calibration.ts):
 * the extraction contract's scored fields, each of which is a field of the form.
 */
const calibratedFields = scoredFields satisfies readonly DraftField[];
type CalibratedField = ScoredField;

/** Below this calibrated confidence a field is listed under "Periksa dulu": right less than 7 times in 10. */
export const checkFirstBelow = 0.7;

/**
 * A field's calibrated confidence: how often a field read like this one was right on labelled real
 * articles. Null for fields without one (the title, follow-ups) and for results from before calibration.
 */
export function calibratedConfidenceOf(result: ExtractionResult, field: DraftField): number | null {
  const calibrated = (calibratedFields as readonly DraftField[]).includes(field)
    ? (result.confidence as Partial<Record<DraftField, number>> | undefined)?.[field]
    : undefined;
  return typeof calibrated === 'number' ? calibrated : null;
}

/** The confidence a field's badge shows: its calibrated confidence, else the highest of its evidence. */
export function fieldConfidenceOf(result: ExtractionResult, fields: readonly DraftField[]): number | null {
  const calibrated = fields.flatMap((field) => {
    const value = calibratedConfidenceOf(result, field);
    return value === null ? [] : [value];
  });
  if (calibrated.length > 0) return Math.min(...calibrated);
  return confidenceOf(fields.flatMap((field) => evidenceOf(result, field)));
}

/** A confidence in words: low under 0.5, fair under 0.7 (see checkFirstBelow), high from there. */
export type ConfidenceLevel = 'low' | 'fair' | 'high';
export function confidenceLevel(confidence: number): ConfidenceLevel {
  if (confidence < 0.5) return 'low';
  if (confidence < checkFirstBelow) return 'fair';
  return 'high';
}

/**
 * The fields to check first: those whose calibrated confidence is under `checkFirstBelow`, least sure
 * first (ties in form order).
 */
export function fieldsToCheckFirst(
  result: ExtractionResult,
): Array<{ field: CalibratedField; confidence: number }> {
  return calibratedFields
    .flatMap((field) => {
      const confidence = calibratedConfidenceOf(result, field);
      return confidence !== null && confidence < checkFirstBelow ? [{ field, confidence }] : [];
    })
    .sort((a, b) => a.confidence - b.confidence);
}

/** The distinct sentences of some evidence, in text order. */
export function sentencesOf(items: readonly EvidenceItem[]): string[] {
  return [
    ...new Set([...items].sort((a, b) => a.start - b.start).map((item) => item.sentence.trim())),
  ].filter(Boolean);
}

/**
 * The agreement the draft creates. A KSDD when at least two regional governments take part, otherwise a
 * KSDPK (a pemda with a third party). Third parties matched to a record are parties by its id; the
 * others by their key, sent as new organisations to record in the same save. Signatories of parties
 * not in the draft are left out, since the rules would refuse them.
 */
/** The agreement of a draft; its document type is null until someone chose one (there is no default). */
export type DraftAgreement = Omit<IngestAgreementBody, 'documentType'> & {
  documentType: DocumentType | null;
};

export function agreementFromDraft(draft: Draft): DraftAgreement {
  const kind = draft.interRegional ? 'ksdd' : 'ksdpk';
  const organizationIds = new Map(
    draft.organizations.map((organization) => [
      organization.key,
      organization.organizationId ?? organization.key,
    ]),
  );
  const parties: IngestAgreementBody['parties'] = [
    ...draft.parties.map((regionCode) => ({ kind: 'region' as const, regionCode })),
    ...draft.organizations.map((organization) => ({
      kind: 'organization' as const,
      organizationId: organization.organizationId ?? organization.key,
    })),
  ];
  const partyCodes = new Set([...draft.parties, ...organizationIds.keys()]);
  return {
    title: draft.title.trim(),
    kind,
    ksddNature: kind === 'ksdd' ? draft.ksddNature : null,
    documentType: draft.documentType,
    parentId: draft.parentId,
    parties,
    signatories: draft.signatories
      .filter((signatory) => partyCodes.has(signatory.partyKey) && signatory.name.trim() !== '')
      .map((signatory) => ({
        partyKey: organizationIds.get(signatory.partyKey) ?? signatory.partyKey,
        name: signatory.name.trim(),
        office: signatory.office,
        actingKind: signatory.actingKind,
      })),
    signingDate: draft.date || null,
    signingPlace: draft.place.trim() || null,
    sectors: [...draft.sectors],
    notes: null,
  };
}

/** The third parties of the draft that have no record yet: recorded in the same save. */
export function newOrganizationsOf(draft: Draft): NewOrganizationBody[] {
  return draft.organizations
    .filter((organization) => organization.organizationId === null)
    .map((organization) => ({
      placeholderId: organization.key,
      name: organization.name.trim(),
      kind: organization.kind,
    }));
}

/** The organisation kind of the directory that an extracted kind most likely is; the reviewer can change it. */
export function organizationKindOf(kind: ExtractedOrganizationKind): OrganizationKind {
  switch (kind) {
    case 'university':
      return 'universitas';
    case 'company':
      return 'perusahaan';
    case 'bank':
      // Banks in regional MoUs are mostly regional or state banks (Bank BJB, Bank Jatim, BRI ...).
      return 'bumn_bumd';
    case 'ministry':
      return 'pemerintah_pusat';
    case 'prosecutor':
    case 'police':
    case 'military':
    case 'court':
    case 'agency':
      return 'instansi_vertikal';
    case 'other':
      return 'lainnya';
  }
}

/** A random version 4 UUID; works outside secure contexts too (an intranet over plain http). */
export function randomUuid(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A third party made from an organisation the article names (or a blank one, added by hand). */
export function organizationFromExtracted(
  extracted: { name: string; kind: ExtractedOrganizationKind } | null,
): DraftOrganization {
  return {
    key: randomUuid(),
    extractedName: extracted?.name ?? null,
    name: extracted?.name ?? '',
    kind: extracted ? organizationKindOf(extracted.kind) : 'lainnya',
    organizationId: null,
    matchedName: null,
  };
}

/** The draft once saved: its new organisations are now records, so a second record reuses them. */
export function withSavedOrganizations(
  draft: Draft,
  saved: ReadonlyArray<{ placeholderId: string; id: string; name: string }>,
): Draft {
  if (saved.length === 0) return draft;
  const byKey = new Map(saved.map((organization) => [organization.placeholderId, organization]));
  return {
    ...draft,
    organizations: draft.organizations.map((organization) => {
      const record = byKey.get(organization.key);
      return record ? { ...organization, organizationId: record.id, matchedName: record.name } : organization;
    }),
  };
}

/** The extracted organisations not yet made parties, to offer them. */
export function organizationHints(result: ExtractionResult, draft: Draft): ExtractionResult['organizations'] {
  const taken = new Set(draft.organizations.map((organization) => organization.extractedName));
  return result.organizations.filter((organization) => !taken.has(organization.name));
}

/** The label of a party key: a region's name or a third party's name. */
export function partyLabelOf(draft: Draft, key: string): string {
  const organization = draft.organizations.find((candidate) => candidate.key === key);
  if (organization) return organization.matchedName ?? (organization.name.trim() || key);
  return regionNameOf(key);
}

/**
 * The document types named by the article beyond the one saved, e.g. the PKS of an article about a
 * KSB and a PKS signed together: each can be recorded after the first.
 */
export function otherDocumentTypes(result: ExtractionResult, saved: DocumentType | null): DocumentType[] {
  return result.documentTypes.filter((type) => type !== saved);
}

/**
 * The draft of the second record of an article naming two documents: same parties and signing, the
 * next document type, and the first record as parent when the type hangs under it (a PKS under its KSB).
 */
export function followUpDraft(draft: Draft, nextType: DocumentType, savedId: string): Draft {
  const parents = allowedParentTypes[nextType];
  const parentFits = draft.documentType !== null && parents !== null && parents.includes(draft.documentType);
  return {
    ...draft,
    documentType: nextType,
    parentId: parentFits ? savedId : null,
    signatories: draft.signatories.map((signatory) => ({ ...signatory, key: newSignatoryKey() })),
  };
}

/** Every document type an agreement may have, for the select. */
export const documentTypeOptions: readonly DocumentType[] = agreementDocumentTypes;

/**
 * The form field a server issue belongs to. Issue fields are paths into the agreement
 * ("signatories.1.actingKind", "body.target.agreement.signingDate"); unknown ones return null and are
 * shown above the form.
 */
export function draftFieldOfIssue(path: string | null | undefined): DraftField | null {
  if (!path) return null;
  // A new organisation's name or kind belongs to the parties, where it is edited.
  if (/(^|\.)newOrganizations\./.test(path)) return 'parties';
  const field = path
    .replace(/^body\./, '')
    .replace(/^target\.agreement\./, '')
    .split('.')[0];
  switch (field) {
    case 'title':
      return 'title';
    case 'signingDate':
      return 'date';
    case 'signingPlace':
      return 'place';
    case 'parties':
      return 'parties';
    case 'signatories':
      return 'officials';
    case 'sectors':
      return 'sectors';
    case 'documentType':
    case 'parentId':
      return 'documentTypes';
    case 'kind':
    case 'ksddNature':
      return 'interRegional';
    default:
      return null;
  }
}

/** The name of a region code, or the code itself when the catalogue does not know it. */
export function regionNameOf(code: string): string {
  return regionByCode(code)?.name ?? code;
}

/** One highlighted (or plain) run of the cleaned text. */
export type TextSegment = {
  start: number;
  end: number;
  /** The evidence covering the whole run, narrowest first; empty for plain text. */
  covering: Array<{ field: string; item: EvidenceItem }>;
};

/**
 * Cuts the text at every evidence boundary, so that overlapping spans (a party inside the title) each
 * keep their highlight: every run knows all the evidence over it, the narrowest first for its colour.
 * Spans outside the text (a stale offset) are ignored.
 */
export function segmentText(text: string, evidence: ExtractionResult['evidence']): TextSegment[] {
  const spans = Object.entries(evidence).flatMap(([field, items]) =>
    items.filter((item) => item.start < item.end && item.end <= text.length).map((item) => ({ field, item })),
  );
  const cuts = new Set<number>([0, text.length]);
  for (const { item } of spans) {
    cuts.add(item.start);
    cuts.add(item.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: TextSegment[] = [];
  for (let index = 0; index + 1 < points.length; index += 1) {
    const start = points[index] ?? 0;
    const end = points[index + 1] ?? start;
    if (end <= start) continue;
    const covering = spans
      .filter(({ item }) => item.start <= start && item.end >= end)
      .sort((a, b) => a.item.end - a.item.start - (b.item.end - b.item.start));
    segments.push({ start, end, covering });
  }
  return segments;
}

/** True for a date written YYYY-MM-DD, the only form the API accepts. */
export function isIsoDateText(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value);
}

/**
 * The title of an article's review: its headline as the extractor found it. An article without one
 * (a text that starts with its dateline, a file) is named by what it reports (the event, the parties,
 * the date), never by a line cut short or by a file name.
 */
export function reviewTitleOf(
  result: Pick<ExtractionResult, 'title' | 'parties' | 'date'>,
  eventLabel: string,
): string {
  const headline = result.title?.replace(/\s+/g, ' ').trim();
  if (headline) return headline;
  const parties = [...new Set(result.parties.map((party) => party.name))].join(' – ');
  return [eventLabel, parties, result.date].filter(Boolean).join(' · ');
}

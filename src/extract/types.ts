/**
 * The output contract of the article extractor (docs/domain.md, "Extracting a record from an article"),
 * as zod schemas so that tests, the CLI and the ingest API validate the same shape.
 */
import { z } from 'zod';
import { documentTypes as agreementDocumentTypes, offices } from '../domain/agreements/kinds';
import type { DocumentType as AgreementDocumentType, Office } from '../domain/agreements/kinds';
import { visitKinds } from '../domain/records/kinds';
import { sectorKeySchema } from '../domain/taxonomy/sectors';

/** Kinds of event an article reports. */
export const eventTypes = ['signing', 'visit', 'audience', 'other'] as const;
export type EventType = (typeof eventTypes)[number];

/**
 * Documents that can be signed at an event: the domain's document types (src/domain/agreements/kinds.ts)
 * except the ones that only change a document already on file (an extension, a termination), which an
 * article about an event does not report as such.
 */
type NotExtractedDocument = 'perpanjangan' | 'pengakhiran';
export type DocumentType = Exclude<AgreementDocumentType, NotExtractedDocument>;
const notExtractedDocuments: readonly AgreementDocumentType[] = ['perpanjangan', 'pengakhiran'];
export const documentTypes = agreementDocumentTypes.filter(
  (type): type is DocumentType => !notExtractedDocuments.includes(type),
) as unknown as readonly [DocumentType, ...DocumentType[]];

/**
 * Offices of officials in the contract: the domain's offices (src/domain/agreements/kinds.ts) except the
 * head of a regional agency, which an article's reader files as "lainnya".
 */
export type OfficeKey = Exclude<Office, 'kepala_opd'>;
export const officeKeys = offices.filter(
  (office): office is OfficeKey => office !== 'kepala_opd',
) as unknown as readonly [OfficeKey, ...OfficeKey[]];

/** Kinds of third party (pihak ketiga) the extractor recognises. */
export const organizationKinds = [
  'university',
  'prosecutor',
  'police',
  'military',
  'court',
  'ministry',
  'agency',
  'company',
  'bank',
  'other',
] as const;
export type OrganizationKind = (typeof organizationKinds)[number];

/** One piece of evidence: where a value came from in the cleaned text. */
export const evidenceItemSchema = z.object({
  /** The extracted value this evidence supports (same shape as in the field). */
  value: z.unknown(),
  /** The sentence of the cleaned text that holds the matched phrase. */
  sentence: z.string(),
  /** Start offset (inclusive) of the matched phrase in `text`. */
  start: z.number().int().nonnegative(),
  /** End offset (exclusive) of the matched phrase in `text`. */
  end: z.number().int().nonnegative(),
  /** 0..1; how sure the rule that produced the value is. */
  confidence: z.number().min(0).max(1),
  /** Optional remark, e.g. a weekday that contradicts the date. */
  note: z.string().optional(),
});
export type EvidenceItem = z.infer<typeof evidenceItemSchema>;

export const partySchema = z.object({
  /** Kemendagri code, "32.75". */
  code: z.string(),
  /** Display name: "Kota Bekasi", "Kabupaten Bekasi", "Provinsi DKI Jakarta". */
  name: z.string(),
});
export type Party = z.infer<typeof partySchema>;

export const officialSchema = z.object({
  /** Name without honorifics, degrees or nicknames. */
  name: z.string().min(1),
  office: z.enum(officeKeys),
  /** Pj./Plt./Plh.: an acting head whose authority is limited. */
  acting: z.boolean(),
  /**
   * Which acting status the article names, when acting: Pj. (Penjabat, also Pjs.), Plt. (Pelaksana
   * Tugas) or Plh. (Pelaksana Harian), however it is spelled. Absent for a definitive holder.
   */
  actingKind: z.enum(['pj', 'plt', 'plh']).optional(),
  /** Code of the region the official serves, or null when the article does not say. */
  regionCode: z.string().nullable(),
});
export type Official = z.infer<typeof officialSchema>;

export const organizationSchema = z.object({
  name: z.string().min(1),
  kind: z.enum(organizationKinds),
});
export type Organization = z.infer<typeof organizationSchema>;

export const projectSchema = z.object({
  /** As written: "fly over Rawapanjang", "air bersih". */
  name: z.string().min(1),
  /** Amount as written ("Rp 2,5 miliar"), or null. */
  amount: z.string().nullable(),
  /** The amount in rupiah, or null when there is none or it cannot be read. */
  amountRupiah: z.number().nonnegative().nullable(),
});
export type Project = z.infer<typeof projectSchema>;

/** A topic a visit studied or a meeting discussed, as written, with the sector it falls in when known. */
export const topicSchema = z.object({ text: z.string().min(1), sector: sectorKeySchema.nullable() });
export type Topic = z.infer<typeof topicSchema>;

/** A body of a party region that took part besides its government (its DPRD). */
export const institutionSchema = z.object({
  kind: z.literal('dprd'),
  regionCode: z.string(),
  name: z.string(),
});

/** The contract fields a truth file holds and the scorer compares (score.ts). */
export const scoredFields = [
  'eventType',
  'interRegional',
  'documentTypes',
  'date',
  'place',
  'parties',
  'officials',
  'sectors',
] as const;
export type ScoredField = (typeof scoredFields)[number];

/**
 * Per scored field, the calibrated probability (0..1) that the field is exactly right: fitted on the
 * labelled blind rounds (calibration.ts), so that fields said to be 0.9 are right about nine times in ten.
 */
export const fieldConfidenceSchema = z.object(
  Object.fromEntries(scoredFields.map((field) => [field, z.number().min(0).max(1)])) as Record<
    ScoredField,
    z.ZodNumber
  >,
);
export type FieldConfidence = Record<ScoredField, number>;

/** The full result of `extractArticle`. */
export const extractionResultSchema = z.object({
  eventType: z.enum(eventTypes),
  /** At least two regional governments take part. */
  interRegional: z.boolean(),
  documentTypes: z.array(z.enum(documentTypes)),
  /** Event date (not the publication date), YYYY-MM-DD, or null when unsure. */
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  /** Venue as written, or null. */
  place: z.string().nullable(),
  parties: z.array(partySchema),
  officials: z.array(officialSchema),
  /** Keys of taxonomy/sectors.json. */
  sectors: z.array(sectorKeySchema),
  organizations: z.array(organizationSchema),
  /** Follow-up promises as written: "akan ditindaklanjuti oleh OPD terkait". */
  commitments: z.array(z.string()),
  projects: z.array(projectSchema),
  /** For a visit: studi banding, studi komparasi, studi tiru or kunjungan kerja; null when not named. */
  visitKind: z.enum(visitKinds).nullable(),
  /** The party that received the visit or the audience (Kemendagri code), or null when unsure. */
  hostCode: z.string().nullable(),
  /** DPRD of party regions that took part (a visit's delegation). */
  institutions: z.array(institutionSchema),
  /** What the visit studied or the meeting discussed. */
  topics: z.array(topicSchema),
  /** Who funds whom when the article is about bantuan keuangan or kemitraan projects. */
  funding: z.object({ funderCode: z.string(), recipientCode: z.string() }).nullable(),
  title: z.string().nullable(),
  /** 'id' when the text reads as Indonesian; otherwise nothing is claimed. */
  language: z.enum(['id', 'unknown']),
  /** The cleaned text that every evidence span refers to. */
  text: z.string(),
  /** True when the input was longer than the analysed window. */
  truncated: z.boolean(),
  evidence: z.record(z.string(), z.array(evidenceItemSchema)),
  /** Calibrated confidence of each scored field (see fieldConfidenceSchema). */
  confidence: fieldConfidenceSchema,
});
export type ExtractionResult = z.infer<typeof extractionResultSchema>;

/** Input of `extractArticle`: plain text, or text/HTML with optional metadata. */
export type ExtractionInput =
  | string
  | {
      text: string;
      /** Treat `text` as HTML. When omitted, text starting with "<" is treated as HTML. */
      html?: boolean;
      /** Publication date (ISO or YYYY-MM-DD), used to complete dates without a year. */
      publishedAt?: string;
      url?: string;
    };

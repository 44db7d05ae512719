/**
 * Zod schemas of an agreement as entered: shared by the API (request bodies) and the UI (forms), so both
 * refuse the same input with the same codes. Rules that need more than the input itself (the parent
 * document, today's date, the rule set) are in rules.ts.
 *
 * Against the stored columns: a party's `kind` is party_kind; a signatory names its party by `partyKey`
 * (region code or organisation id, see partyKey) rather than by index, is stored with party_id;
 * `position` is office_title and `officialId` is official_term_id; `content` is the content jsonb.
 */
import { z } from 'zod';
import { regionByCode } from '../regions';
import { isSectorKey, sectorKeys, sectorKeySchema } from '../taxonomy/sectors';
import { isoDateSchema } from './dates';
import { issuesFromZod, makeIssue } from './issues';
import type { Issue } from './issues';
import {
  actingKindSchema,
  allowedParentTypes,
  contentItemKeySchema,
  cooperationKindSchema,
  documentTypeSchema,
  financingSourceSchema,
  ksddNatureSchema,
  officeSchema,
  requiresParent,
} from './kinds';
import { stageSchema } from './stages';

/** Optional free text: trimmed, and an empty string is stored as null so "no value" has one spelling. */
export function optionalText(max: number) {
  return z
    .string()
    .trim()
    .max(max)
    .transform((value) => (value === '' ? null : value))
    .nullable()
    .default(null);
}

const regionCodePattern = /^\d{2}(\.\d{2})?$/;

/** Kemendagri code of a province ("32") or a kabupaten/kota ("32.75"). */
export const regionCodeSchema = z
  .string()
  .regex(regionCodePattern, { error: 'Expected a Kemendagri code such as 32 or 32.75' });

/** How one party finances its obligations. */
export const financingSchema = z.object({
  source: financingSourceSchema,
  /** Amount in rupiah, whole; null when the document gives none. */
  amount: z.int().min(0).nullable().default(null),
  note: optionalText(1000),
});

const listItem = z.string().trim().min(1).max(2000);

/** Fields every party carries, whatever its kind. */
const partyFields = {
  /** This party's number of the document: each party numbers a KSB in its own register. */
  documentNumber: optionalText(200),
  /** Role as written ("Pihak Kesatu"), optional. */
  role: optionalText(100),
  rights: z.array(listItem).max(100).default([]),
  obligations: z.array(listItem).max(100).default([]),
  financing: financingSchema.nullable().default(null),
};

/** A regional government as a party, by Kemendagri code. */
export const regionPartySchema = z.object({
  kind: z.literal('region'),
  regionCode: regionCodeSchema,
  ...partyFields,
});

/** An organisation (third party, foreign partner, central government) as a party, by record id. */
export const organizationPartySchema = z.object({
  kind: z.literal('organization'),
  organizationId: z.uuid(),
  ...partyFields,
});

export const partySchema = z.discriminatedUnion('kind', [regionPartySchema, organizationPartySchema]);

/** The mandate (surat kuasa) under which a head of agency signs a PKS for the head of region. */
export const mandateSchema = z.object({
  number: z.string().trim().min(1).max(200),
  date: isoDateSchema,
});

/** A person who signed for a party. */
export const signatorySchema = z.object({
  /**
   * The party signed for, by its key (region code or organisation id, see `partyKey`): a key survives
   * the reordering of parties in a form, an index would not.
   */
  partyKey: z.string().trim().min(1).max(100),
  /** Name without honorifics or degrees ("Gani Muhamad"). */
  name: z.string().trim().min(1).max(200),
  office: officeSchema,
  /** Position as written, for kepala_opd and lainnya ("Kepala Dinas Kesehatan"). */
  position: optionalText(200),
  actingKind: actingKindSchema.default('definitif'),
  /** The official's record when known (officials register). */
  officialId: z.uuid().nullable().default(null),
  mandate: mandateSchema.nullable().default(null),
});

/**
 * One item of the minimum-content checklist as entered: `true`/`false` marks the clause as present or
 * absent, a string is the clause text quoted from the document (which marks it present). An empty text
 * is stored as `false`, so a cleared textarea does not count as a clause.
 */
export const contentEntrySchema = z.union([
  z.boolean(),
  z
    .string()
    .trim()
    .max(20000)
    .transform((text) => (text === '' ? false : text)),
]);

/**
 * The minimum-content checklist as entered (the `content` jsonb column), by item key: explicit marks for
 * items the structured fields cannot show (force majeure, dispute settlement...) or that the reader
 * confirmed in the signed text, and the clause texts where they were copied.
 */
export const contentFlagsSchema = z.partialRecord(contentItemKeySchema, contentEntrySchema);

/** The fields of an agreement, without cross-field checks (see agreementInputSchema). */
export const agreementFieldsSchema = z.object({
  title: z.string().trim().min(3).max(500),
  kind: cooperationKindSchema,
  /** Wajib or sukarela, for a KSDD only. */
  ksddNature: ksddNatureSchema.nullable().default(null),
  documentType: documentTypeSchema,
  /** The document this one belongs to: a PKS's KSB, or the document an addendum changes. */
  parentId: z.uuid().nullable().default(null),
  parties: z.array(partySchema).max(50),
  signatories: z.array(signatorySchema).max(100).default([]),
  signingDate: isoDateSchema.nullable().default(null),
  signingPlace: optionalText(300),
  validFrom: isoDateSchema.nullable().default(null),
  validUntil: isoDateSchema.nullable().default(null),
  sectors: z
    .array(sectorKeySchema)
    .max(sectorKeys.length)
    .transform((keys) => [...new Set(keys)])
    .default([]),
  /** Maksud dan tujuan. */
  purpose: optionalText(5000),
  /** Objek dan ruang lingkup. */
  objectScope: optionalText(5000),
  content: contentFlagsSchema.default({}),
  /** The cooperation burdens the community and the region (a condition for DPRD approval). */
  burdensCommunity: z.boolean().default(false),
  /** Its funding is not in the current year's APBD (a condition for DPRD approval). */
  fundingNotInCurrentApbd: z.boolean().default(false),
  notes: optionalText(10000),
});

/** An agreement as parsed from input: defaults applied, text trimmed. */
export type AgreementInput = z.output<typeof agreementFieldsSchema>;
/** An agreement as a form or a request holds it before parsing (optional fields may be missing). */
export type AgreementFormValues = z.input<typeof agreementFieldsSchema>;
export type Party = z.output<typeof partySchema>;
export type RegionParty = z.output<typeof regionPartySchema>;
export type OrganizationParty = z.output<typeof organizationPartySchema>;
export type Signatory = z.output<typeof signatorySchema>;
export type Financing = z.output<typeof financingSchema>;
export type Mandate = z.output<typeof mandateSchema>;
export type ContentFlags = z.output<typeof contentFlagsSchema>;
export type ContentEntry = z.output<typeof contentEntrySchema>;

/** The key of a party: its region code or its organisation id. Signatories and confirmations use it. */
export function partyKey(
  party: Pick<RegionParty, 'kind' | 'regionCode'> | Pick<OrganizationParty, 'kind' | 'organizationId'>,
): string {
  return party.kind === 'region' ? party.regionCode : party.organizationId;
}

/** Kinds of cooperation whose non-regional partner is an organisation record. */
const regionAndOrganizationKinds = new Set(['ksdpk', 'ksdpl', 'ksdll', 'nota_kesepakatan_pusat']);

/**
 * The errors an agreement shows on its own, without context: the checks a form can run as the user types,
 * and that validateAgreement repeats on every save. All are errors.
 */
export function consistencyIssues(agreement: AgreementInput): Issue[] {
  const issues: Issue[] = [];
  const { parties } = agreement;

  if (parties.length < 2) issues.push(makeIssue('PARTIES_TOO_FEW', 'error', 'parties'));
  const seen = new Set<string>();
  parties.forEach((party, index) => {
    const key = partyKey(party);
    if (seen.has(key)) issues.push(makeIssue('DUPLICATE_PARTY', 'error', `parties.${index}`));
    seen.add(key);
    if (party.kind !== 'region') return;
    const region = regionByCode(party.regionCode);
    const field = `parties.${index}.regionCode`;
    // A malformed code is already INVALID_FORMAT (zod runs this refinement on such input too).
    if (!regionCodePattern.test(party.regionCode)) return;
    if (!region)
      issues.push(
        makeIssue('UNKNOWN_REGION', 'error', field, undefined, {
          regionCode: party.regionCode,
        }),
      );
    else if (!region.autonomous)
      issues.push(
        makeIssue(
          'REGION_NOT_AUTONOMOUS',
          'error',
          field,
          `${region.name} (${region.code}) is not autonomous and cannot be a party on its own`,
          { regionCode: region.code },
        ),
      );
  });

  const regionCount = parties.filter((party) => party.kind === 'region').length;
  const organizationCount = parties.length - regionCount;
  if (agreement.kind === 'ksdd' && regionCount < 2)
    issues.push(makeIssue('KSDD_REGION_PARTIES', 'error', 'parties'));
  if (regionAndOrganizationKinds.has(agreement.kind) && (regionCount < 1 || organizationCount < 1))
    issues.push(makeIssue('REGION_AND_ORGANIZATION_REQUIRED', 'error', 'parties'));

  if (agreement.ksddNature !== null && agreement.kind !== 'ksdd')
    issues.push(makeIssue('KSDD_NATURE_NOT_APPLICABLE', 'error', 'ksddNature'));

  if (agreement.validFrom && agreement.validUntil && agreement.validUntil <= agreement.validFrom)
    issues.push(makeIssue('END_BEFORE_START', 'error', 'validUntil'));

  // Stored records may hold a key removed from the taxonomy since: typed input cannot, data can.
  agreement.sectors.forEach((sector, index) => {
    if (!isSectorKey(sector))
      issues.push(makeIssue('UNKNOWN_SECTOR', 'error', `sectors.${index}`, undefined, { sector }));
  });

  if (requiresParent(agreement.documentType) && agreement.parentId === null)
    issues.push(makeIssue('PARENT_REQUIRED', 'error', 'parentId'));
  if (allowedParentTypes[agreement.documentType] === null && agreement.parentId !== null)
    issues.push(makeIssue('PARENT_NOT_ALLOWED', 'error', 'parentId'));

  agreement.signatories.forEach((signatory, index) => {
    if (!seen.has(signatory.partyKey))
      issues.push(makeIssue('SIGNATORY_NOT_A_PARTY', 'error', `signatories.${index}.partyKey`));
  });
  return issues;
}

/** Reports consistency errors as zod issues. */
function refineConsistency(agreement: AgreementInput, context: z.RefinementCtx): void {
  addIssues(consistencyIssues(agreement), context);
}

/** Reports Issues (with their stable codes and dotted fields) as zod issues of a refinement. */
export function addIssues(issues: readonly Issue[], context: z.RefinementCtx): void {
  for (const issue of issues) {
    context.addIssue({
      code: 'custom',
      message: issue.message,
      path: issue.field
        ? issue.field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part))
        : [],
      params: { ...issue.params, code: issue.code },
    });
  }
}

/** An agreement to create or save, with the consistency checks. Updates send the whole agreement again. */
export const agreementInputSchema = agreementFieldsSchema.superRefine(refineConsistency);

/**
 * Creating an agreement: the input plus the stage it enters at. Agreements made outside the system are
 * entered at a later stage (see checkEntryStage); null means the first stage of its document type.
 */
export const agreementCreateSchema = z
  .object({
    ...agreementFieldsSchema.shape,
    entryStage: stageSchema.nullable().default(null),
    entryStageDate: isoDateSchema.nullable().default(null),
  })
  .superRefine(refineConsistency);

type AgreementFieldsShape = typeof agreementFieldsSchema.shape;
type WithoutDefault<Schema> = Schema extends z.ZodDefault<infer Inner> ? Inner : Schema;

/**
 * The agreement fields without their defaults, every one optional: a patch must leave an absent field
 * as stored, and a default would silently overwrite it.
 */
const patchShape = Object.fromEntries(
  Object.entries(agreementFieldsSchema.shape).map(([key, schema]) => [
    key,
    (schema instanceof z.ZodDefault ? schema.unwrap() : schema).optional(),
  ]),
) as unknown as {
  [Key in keyof AgreementFieldsShape]: z.ZodOptional<WithoutDefault<AgreementFieldsShape[Key]>>;
};

/**
 * Updating an agreement: any subset of the fields plus the `version` the user edited (optimistic locking:
 * the server refuses a stale version). Cross-field checks cannot run on a subset, so the server merges
 * the patch onto the stored record and runs validateAgreement on the result; a form that holds the whole
 * agreement may run agreementInputSchema itself.
 */
export const agreementUpdateSchema = z.object({
  ...patchShape,
  /** The version of the record the user edited. */
  version: z.int().min(1),
});

export type AgreementCreateInput = z.output<typeof agreementCreateSchema>;
/** A parsed patch: the fields sent, and the version edited. */
export type AgreementUpdateInput = z.output<typeof agreementUpdateSchema>;

/** Parses input into an agreement or the Issues that refuse it (never throws). */
export function parseAgreementInput(
  input: unknown,
): { ok: true; value: AgreementInput } | { ok: false; issues: Issue[] } {
  // reportInput lets a missing field be told apart from a wrong one (REQUIRED vs INVALID_TYPE).
  const result = agreementInputSchema.safeParse(input, { reportInput: true });
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, issues: issuesFromZod(result.error.issues) };
}

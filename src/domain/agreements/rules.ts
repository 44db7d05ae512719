/**
 * Configurable rules of cooperation and the validation run on every save. The legal details that are not
 * settled (maximum validity, the deadline to follow a KSB with a PKS, reporting, when the DPRD must
 * approve, the minimum content) are DATA in `defaultAgreementRules`, which an administrator can change
 * through `agreementRulesSchema`; the functions here only read them.
 */
import { z } from 'zod';
import { regionByCode } from '../regions';
import { checkSignatoryTerm } from '../officials/terms';
import type { Term } from '../officials/terms';
import { addDays, addMonths, addYears, daysBetween } from './dates';
import type { IsoDate } from './dates';
import { makeIssue } from './issues';
import type { Issue } from './issues';
import {
  allowedParentTypes,
  contentItemKeySchema,
  contentItemLabels,
  documentKindSchema,
  documentTypeSchema,
  expectedOrganizationKinds,
  isActing,
  isHeadOffice,
  levelOfOffice,
  organizationKindLabels,
} from './kinds';
import type { ContentItemKey, Label, OrganizationKind } from './kinds';
import { consistencyIssues, partyKey } from './schema';
import type { AgreementInput, Party } from './schema';
import { isActiveStage, isInForceStage, stageSchema } from './stages';
import type { Stage } from './stages';

/** The agreement flags that decide whether the DPRD must approve. */
export const dprdFlags = ['burdensCommunity', 'fundingNotInCurrentApbd'] as const;
export type DprdFlag = (typeof dprdFlags)[number];

/** One condition: every flag it names must have the given value. */
const dprdConditionSchema = z
  .object({ burdensCommunity: z.boolean().optional(), fundingNotInCurrentApbd: z.boolean().optional() })
  .strict()
  .refine((condition) => Object.keys(condition).length > 0, { error: 'A condition names at least one flag' });

/** The rule set an administrator can change. */
export const agreementRulesSchema = z.object({
  /** Usual maximum validity in years per document type; longer is a warning. Absent: no maximum. */
  maxValidityYears: z.partialRecord(documentTypeSchema, z.int().min(1).max(100)),
  /**
   * Months after signing a KSB within which its PKS should follow; later, the KSB counts as dormant.
   * (The key keeps its published name: it is the PKS deadline, not one of follow-up actions.)
   */
  ksbFollowUpMonths: z.int().min(1).max(120),
  /** Reporting to the governor or the minister: periods aligned on 1 January, and days allowed after each. */
  reporting: z.object({
    periodMonths: z.literal([1, 2, 3, 4, 6, 12]),
    dueDaysAfterPeriod: z.int().min(0).max(365),
  }),
  /** The DPRD must approve when ANY of these conditions holds; an empty list means never. */
  dprdApprovalWhen: z.array(dprdConditionSchema).max(10),
  /** Days before validUntil on which reminders go out (0: the day it expires). */
  expiryReminderDays: z
    .array(z.int().min(0).max(3650))
    .max(20)
    .transform((days) => [...new Set(days)].sort((a, b) => b - a)),
  /** Days before its due date on which a follow-up action's reminder goes out (then again when overdue). */
  actionDueReminderDays: z.int().min(0).max(365),
  /** Minimum number of evaluations per budget year of an agreement in force. */
  minEvaluationsPerBudgetYear: z.int().min(0).max(12),
  /** The minimum-content checklist of each document type. */
  contentChecklists: z.record(documentTypeSchema, z.array(contentItemKeySchema)),
  /** Files that must be uploaded before an agreement leaves a stage. */
  requiredDocumentsToLeave: z.partialRecord(stageSchema, z.array(documentKindSchema)),
  /**
   * Of those, the files still required of an agreement entered after the fact at a later stage: the
   * signed copy exists, a terms of reference written years ago usually does not.
   */
  entryRequiredDocuments: z.array(documentKindSchema),
  /**
   * Days after today up to which the date of an event may lie (signing, start of validity, a mandate, a
   * lifecycle step): a step may be recorded a little ahead, a date years ahead is a typo (2999-01-01).
   */
  maxFutureDays: z.int().min(0).max(3650),
  /** Years after today up to which an end of validity may lie; later is refused as a typo. */
  maxValidUntilYears: z.int().min(1).max(200),
  /** Thresholds of an agreement's health (src/domain/monitoring/health.ts). */
  health: z.object({
    /** An agreement in force that ends within this many days needs attention. */
    expiresSoonDays: z.int().min(0).max(3650),
    /** An agreement in force with no recorded activity for this many months is dormant. */
    noActivityMonths: z.int().min(1).max(120),
    /** This many overdue follow-up actions (or more) make an agreement need attention. */
    overdueActionsForAttention: z.int().min(1).max(1000),
  }),
});

export type AgreementRules = z.output<typeof agreementRulesSchema>;

/** The default rule set: sensible values where the regulations we could read are silent. */
export const defaultAgreementRules: AgreementRules = {
  maxValidityYears: { kesepakatan_bersama: 5, perjanjian_kerja_sama: 5, nota_kesepahaman: 5 },
  ksbFollowUpMonths: 12,
  reporting: { periodMonths: 12, dueDaysAfterPeriod: 30 },
  dprdApprovalWhen: [{ burdensCommunity: true }, { fundingNotInCurrentApbd: true }],
  expiryReminderDays: [180, 90, 30, 7, 0],
  actionDueReminderDays: 7,
  minEvaluationsPerBudgetYear: 2,
  contentChecklists: {
    kesepakatan_bersama: ['parties', 'purpose', 'object', 'scope', 'duration', 'followUp'],
    nota_kesepahaman: ['parties', 'purpose', 'object', 'scope', 'duration', 'followUp'],
    perjanjian_kerja_sama: [
      'parties',
      'object',
      'scope',
      'rightsObligations',
      'duration',
      'financing',
      'termination',
      'forceMajeure',
      'disputeSettlement',
      'review',
    ],
    addendum: ['parties', 'object', 'scope'],
    perpanjangan: ['parties', 'duration'],
    pengakhiran: ['parties', 'termination'],
  },
  requiredDocumentsToLeave: {
    ksb: ['signed'],
    penyusunan_pks: ['draft'],
    persetujuan_dprd: ['persetujuan_dprd'],
    penandatanganan_pks: ['signed'],
  },
  entryRequiredDocuments: ['signed'],
  maxFutureDays: 366,
  maxValidUntilYears: 50,
  health: { expiresSoonDays: 30, noActivityMonths: 12, overdueActionsForAttention: 1 },
};

/** True when the agreement's flags meet one of the rule set's DPRD conditions. */
export function requiresDprdApproval(
  agreement: Pick<AgreementInput, DprdFlag>,
  rules: AgreementRules = defaultAgreementRules,
): boolean {
  return rules.dprdApprovalWhen.some((condition) =>
    dprdFlags.every((flag) => condition[flag] === undefined || condition[flag] === agreement[flag]),
  );
}

/** What validateAgreement may know beyond the agreement. */
export type ValidationContext = {
  /** Today's date (the caller's clock, so tests and time zones stay explicit). */
  today: IsoDate;
  /**
   * The parent document (a PKS's KSB): undefined when the caller did not load it (parent checks are
   * skipped), null when parentId points at nothing.
   */
  parent?: ParentAgreement | null;
  /** Kinds of the organisation parties, by organisation id. */
  organizationKinds?: Readonly<Record<string, OrganizationKind>>;
  /** Terms of office, to check that signatories held their office on the signing date. */
  terms?: readonly Term[];
};

/** The parts of a parent document that its children are checked against. */
export type ParentAgreement = Pick<
  AgreementInput,
  'kind' | 'documentType' | 'parties' | 'signingDate' | 'validFrom' | 'validUntil' | 'sectors'
>;

/**
 * Every issue of an agreement about to be saved: the consistency errors of the input, the checks against
 * its parent, the rule set and today's date, and the signatories' terms of office. Errors block the save;
 * warnings are shown with the record.
 */
export function validateAgreement(
  agreement: AgreementInput,
  context: ValidationContext,
  rules: AgreementRules = defaultAgreementRules,
): Issue[] {
  return [
    ...consistencyIssues(agreement),
    ...ruleIssues(agreement, context, rules),
    ...signatoryIssues(agreement, context),
    ...parentIssues(agreement, context, rules),
    ...organizationIssues(agreement, context),
  ];
}

function ruleIssues(agreement: AgreementInput, context: ValidationContext, rules: AgreementRules): Issue[] {
  const issues: Issue[] = [];
  const maxYears = rules.maxValidityYears[agreement.documentType];
  const { validFrom, validUntil } = agreement;
  if (maxYears !== undefined && validFrom && validUntil && validUntil > addYears(validFrom, maxYears))
    issues.push(
      makeIssue(
        'VALIDITY_EXCEEDS_MAX',
        'warning',
        'validUntil',
        `The validity is longer than the usual maximum of ${maxYears} years`,
        { years: maxYears },
      ),
    );
  if (agreement.signingDate && agreement.signingDate > context.today)
    issues.push(makeIssue('SIGNING_DATE_IN_FUTURE', 'warning', 'signingDate'));
  issues.push(...futureDateIssues(agreement, context.today, rules));
  if (agreement.kind === 'ksdd' && agreement.ksddNature === null)
    issues.push(makeIssue('KSDD_NATURE_MISSING', 'warning', 'ksddNature'));
  return issues;
}

/**
 * The latest date accepted for an event (`maxFutureDays` after today) and for an end of validity
 * (`maxValidUntilYears` after today).
 */
export function latestAcceptedDates(
  today: IsoDate,
  rules: AgreementRules = defaultAgreementRules,
): { event: IsoDate; validUntil: IsoDate } {
  return {
    event: addDays(today, rules.maxFutureDays),
    validUntil: addYears(today, rules.maxValidUntilYears),
  };
}

/** DATE_TOO_FAR_IN_FUTURE for `date` when it lies after `latest`, else null. */
export function futureDateIssue(field: string, date: IsoDate | null, latest: IsoDate): Issue | null {
  if (date === null || date <= latest) return null;
  return makeIssue('DATE_TOO_FAR_IN_FUTURE', 'error', field, `Expected ${latest} or earlier`, { latest });
}

/** Every date of the agreement that lies further ahead than the rule set allows. */
function futureDateIssues(agreement: AgreementInput, today: IsoDate, rules: AgreementRules): Issue[] {
  const latest = latestAcceptedDates(today, rules);
  return [
    futureDateIssue('signingDate', agreement.signingDate, latest.event),
    futureDateIssue('validFrom', agreement.validFrom, latest.event),
    futureDateIssue('validUntil', agreement.validUntil, latest.validUntil),
    ...agreement.signatories.map((signatory, index) =>
      futureDateIssue(`signatories.${index}.mandate.date`, signatory.mandate?.date ?? null, latest.event),
    ),
  ].filter((issue): issue is Issue => issue !== null);
}

function signatoryIssues(agreement: AgreementInput, context: ValidationContext): Issue[] {
  const issues: Issue[] = [];
  const partiesByKey = new Map<string, Party>(agreement.parties.map((party) => [partyKey(party), party]));
  agreement.signatories.forEach((signatory, index) => {
    const field = `signatories.${index}`;
    // The flag concerns the head of region: an acting kepala OPD signing a PKS under mandate is routine.
    if (isHeadOffice(signatory.office) && isActing(signatory.actingKind))
      issues.push(
        makeIssue('ACTING_SIGNATORY', 'warning', `${field}.actingKind`, undefined, { name: signatory.name }),
      );
    if (
      agreement.documentType === 'perjanjian_kerja_sama' &&
      signatory.office === 'kepala_opd' &&
      signatory.mandate === null
    )
      issues.push(makeIssue('MANDATE_MISSING', 'warning', `${field}.mandate`));

    const party = partiesByKey.get(signatory.partyKey);
    if (party?.kind !== 'region') return;
    const region = regionByCode(party.regionCode);
    const officeLevel = levelOfOffice(signatory.office);
    if (region && officeLevel !== null && officeLevel !== region.level)
      issues.push(makeIssue('OFFICE_NOT_FOR_REGION_LEVEL', 'warning', `${field}.office`));
    if (context.terms && agreement.signingDate) {
      const termIssue = checkSignatoryTerm(context.terms, signatory, party.regionCode, agreement.signingDate);
      if (termIssue) issues.push({ ...termIssue, field: `${field}.name` });
    }
  });
  return issues;
}

function parentIssues(agreement: AgreementInput, context: ValidationContext, rules: AgreementRules): Issue[] {
  if (agreement.parentId === null || context.parent === undefined) return [];
  const parent = context.parent;
  if (parent === null) return [makeIssue('PARENT_NOT_FOUND', 'error', 'parentId')];
  const allowed = allowedParentTypes[agreement.documentType];
  // A standalone type with a parent is already PARENT_NOT_ALLOWED; nothing to compare against.
  if (allowed === null) return [];
  if (!allowed.includes(parent.documentType))
    return [
      makeIssue('PARENT_TYPE_NOT_ALLOWED', 'error', 'parentId', undefined, {
        parentType: parent.documentType,
      }),
    ];

  const issues: Issue[] = [];
  if (parent.kind !== agreement.kind) issues.push(makeIssue('KIND_DIFFERS_FROM_PARENT', 'warning', 'kind'));

  const parentKeys = new Set(parent.parties.map(partyKey));
  agreement.parties.forEach((party, index) => {
    if (!parentKeys.has(partyKey(party)))
      issues.push(makeIssue('PARTIES_NOT_IN_PARENT', 'error', `parties.${index}`));
  });

  if (agreement.signingDate && parent.signingDate && agreement.signingDate < parent.signingDate)
    issues.push(makeIssue('SIGNED_BEFORE_PARENT', 'warning', 'signingDate'));

  if (agreement.documentType !== 'perjanjian_kerja_sama') return issues;
  // A PKS cannot outlive or exceed its KSB (docs/domain.md): dates, parties and sectors.
  if (agreement.validFrom && parent.validFrom && agreement.validFrom < parent.validFrom)
    issues.push(
      makeIssue('OUTSIDE_PARENT_VALIDITY', 'error', 'validFrom', undefined, {
        parentValidFrom: parent.validFrom,
      }),
    );
  if (agreement.validUntil && parent.validUntil && agreement.validUntil > parent.validUntil)
    issues.push(
      makeIssue('OUTSIDE_PARENT_VALIDITY', 'error', 'validUntil', undefined, {
        parentValidUntil: parent.validUntil,
      }),
    );
  const parentSectors = new Set<string>(parent.sectors);
  const outside = agreement.sectors.filter((sector) => !parentSectors.has(sector));
  if (parent.sectors.length > 0 && outside.length > 0)
    issues.push(
      makeIssue('SECTORS_OUTSIDE_PARENT', 'warning', 'sectors', undefined, { sectors: outside.join(', ') }),
    );
  const deadline = implementingAgreementDeadline(parent, rules);
  if (deadline && agreement.signingDate && agreement.signingDate > deadline)
    issues.push(makeIssue('FOLLOW_UP_DEADLINE_PASSED', 'warning', 'signingDate', undefined, { deadline }));
  return issues;
}

function organizationIssues(agreement: AgreementInput, context: ValidationContext): Issue[] {
  const kinds = context.organizationKinds;
  if (!kinds) return [];
  const expected = expectedOrganizationKinds[agreement.kind];
  const issues: Issue[] = [];
  agreement.parties.forEach((party, index) => {
    if (party.kind !== 'organization') return;
    const kind = kinds[party.organizationId];
    if (kind !== undefined && !expected.includes(kind))
      issues.push(
        makeIssue('ORGANIZATION_KIND_MISMATCH', 'warning', `parties.${index}`, undefined, {
          organizationKind: organizationKindLabels[kind].en,
        }),
      );
  });
  return issues;
}

/**
 * The date by which a KSB should be followed by its implementing agreement (PKS), or null when it is
 * not a signed KSB. (A PKS is the KSB's implementing agreement, not a follow-up: *tindak lanjut* are
 * the follow-up actions of features/actions.)
 */
export function implementingAgreementDeadline(
  ksb: Pick<AgreementInput, 'documentType' | 'signingDate'>,
  rules: AgreementRules = defaultAgreementRules,
): IsoDate | null {
  if (ksb.documentType !== 'kesepakatan_bersama' || !ksb.signingDate) return null;
  return addMonths(ksb.signingDate, rules.ksbFollowUpMonths);
}

/**
 * Whether a KSB has its implementing agreement (PKS): the known problem is the KSB signed at a ceremony
 * and never followed by a PKS. `not_applicable` for other documents and unsigned KSB. The API publishes
 * it as `followUpStatus` with `followed_up` (names kept for compatibility).
 */
export function implementingAgreementStatus(
  ksb: Pick<AgreementInput, 'documentType' | 'signingDate'>,
  pksCount: number,
  today: IsoDate,
  rules: AgreementRules = defaultAgreementRules,
): 'not_applicable' | 'followed_up' | 'pending' | 'overdue' {
  const deadline = implementingAgreementDeadline(ksb, rules);
  if (deadline === null) return 'not_applicable';
  if (pksCount > 0) return 'followed_up';
  return today > deadline ? 'overdue' : 'pending';
}

/** A stage, or `kedaluwarsa`: what an agreement shows when its validity has passed but its stage was not closed. */
export type EffectiveStatus = Stage | 'kedaluwarsa';

export const effectiveStatusLabels: Readonly<Record<'kedaluwarsa', Label>> = {
  kedaluwarsa: { id: 'Kedaluwarsa', en: 'Expired' },
};

/**
 * The status to show: an active agreement past its validUntil shows as `kedaluwarsa` even if nobody moved
 * its stage, so lists never present a dead agreement as alive.
 */
export function effectiveStatus(
  agreement: Pick<AgreementInput, 'validUntil'> & { stage: Stage },
  today: IsoDate,
): EffectiveStatus {
  if (isActiveStage(agreement.stage) && agreement.validUntil !== null && agreement.validUntil < today)
    return 'kedaluwarsa';
  return agreement.stage;
}

/**
 * The one-word status of an agreement for lists, badges and statistics: `draf` while prepared (before
 * pelaksanaan), `aktif` in force, `akan_berakhir` in force and within the reminder window of its end (180 days by default),
 * `kedaluwarsa` past validUntil while its stage was never closed, and the closing stages as they are.
 */
export const agreementStatuses = [
  'draf',
  'aktif',
  'akan_berakhir',
  'kedaluwarsa',
  'berakhir',
  'diperpanjang',
  'diakhiri',
] as const;
export type AgreementStatus = (typeof agreementStatuses)[number];

export const agreementStatusLabels: Readonly<Record<AgreementStatus, Label>> = {
  draf: { id: 'Dalam proses', en: 'In preparation' },
  aktif: { id: 'Aktif', en: 'In force' },
  akan_berakhir: { id: 'Akan berakhir', en: 'Expiring soon' },
  kedaluwarsa: { id: 'Kedaluwarsa', en: 'Expired' },
  berakhir: { id: 'Berakhir', en: 'Ended' },
  diperpanjang: { id: 'Diperpanjang', en: 'Extended' },
  diakhiri: { id: 'Diakhiri', en: 'Terminated early' },
};

/**
 * The status of an agreement on a day (see agreementStatuses). "Expiring soon" uses the widest expiry
 * reminder of the rule set (180 days by default), so the badge appears with the first reminder.
 */
export function agreementStatus(
  agreement: Pick<AgreementInput, 'validUntil'> & { stage: Stage },
  today: IsoDate,
  rules: AgreementRules = defaultAgreementRules,
): AgreementStatus {
  const effective = effectiveStatus(agreement, today);
  switch (effective) {
    case 'kedaluwarsa':
    case 'berakhir':
    case 'diperpanjang':
    case 'diakhiri':
      return effective;
  }
  if (!isInForceStage(effective)) return 'draf';
  const window = Math.max(-1, ...rules.expiryReminderDays);
  return window >= 0 && expiresWithinDays(agreement, today, window) ? 'akan_berakhir' : 'aktif';
}

/** Days from today to validUntil (0 on the last day, negative once expired), or null without an end. */
export function daysUntilExpiry(
  agreement: Pick<AgreementInput, 'validUntil'>,
  today: IsoDate,
): number | null {
  return agreement.validUntil === null ? null : daysBetween(today, agreement.validUntil);
}

/** True when the agreement is still valid and expires within `days` days (today included). */
export function expiresWithinDays(
  agreement: Pick<AgreementInput, 'validUntil'>,
  today: IsoDate,
  days: number,
): boolean {
  const left = daysUntilExpiry(agreement, today);
  return left !== null && left >= 0 && left <= days;
}

/**
 * The reminder offset that falls today (180, 90, 30, 7 or 0 by default), or null. A daily job sends a
 * reminder when this is not null; a closed agreement gets none.
 */
export function dueExpiryReminder(
  agreement: Pick<AgreementInput, 'validUntil'> & { stage: Stage },
  today: IsoDate,
  rules: AgreementRules = defaultAgreementRules,
): number | null {
  if (!isActiveStage(agreement.stage)) return null;
  const left = daysUntilExpiry(agreement, today);
  return left !== null && rules.expiryReminderDays.includes(left) ? left : null;
}

/** A reporting period (aligned on 1 January) and the date its report is due. */
export type ReportingPeriod = { start: IsoDate; end: IsoDate; dueDate: IsoDate };

/** The reporting period a date falls in, with its due date. */
export function reportingPeriodOf(
  date: IsoDate,
  rules: AgreementRules = defaultAgreementRules,
): ReportingPeriod {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const months = rules.reporting.periodMonths;
  const startMonth = Math.floor((month - 1) / months) * months + 1;
  const start = `${year}-${String(startMonth).padStart(2, '0')}-01`;
  const end = addDays(addMonths(start, months), -1);
  return { start, end, dueDate: addDays(end, rules.reporting.dueDaysAfterPeriod) };
}

/**
 * The report due next on or after today: the previous period's while its due date has not passed, else
 * the current period's.
 */
export function nextReportingDeadline(
  today: IsoDate,
  rules: AgreementRules = defaultAgreementRules,
): ReportingPeriod {
  const current = reportingPeriodOf(today, rules);
  const previous = reportingPeriodOf(addDays(current.start, -1), rules);
  return previous.dueDate >= today ? previous : current;
}

/** Evaluations held in a budget year (calendar year) against the minimum of the rule set. */
export function evaluationProgress(
  evaluationDates: readonly IsoDate[],
  budgetYear: number,
  rules: AgreementRules = defaultAgreementRules,
): { done: number; required: number; missing: number } {
  const done = evaluationDates.filter((date) => date.startsWith(`${budgetYear}-`)).length;
  const required = rules.minEvaluationsPerBudgetYear;
  return { done, required, missing: Math.max(0, required - done) };
}

/** One item of the minimum-content checklist, with the clause text when it was copied in. */
export type ContentChecklistItem = {
  key: ContentItemKey;
  label: Label;
  present: boolean;
  text: string | null;
};

function hasText(value: string | null): boolean {
  return value !== null && value.trim() !== '';
}

/** What the structured fields already show for each item; explicit content flags add the rest. */
const derivedContent: Readonly<Record<ContentItemKey, (agreement: AgreementInput) => boolean>> = {
  parties: (agreement) => agreement.parties.length >= 2,
  purpose: (agreement) => hasText(agreement.purpose),
  object: (agreement) => hasText(agreement.objectScope),
  scope: (agreement) => hasText(agreement.objectScope),
  rightsObligations: (agreement) =>
    agreement.parties.length > 0 &&
    agreement.parties.every((party) => party.rights.length > 0 || party.obligations.length > 0),
  duration: (agreement) => agreement.validFrom !== null && agreement.validUntil !== null,
  financing: (agreement) => agreement.parties.some((party) => party.financing !== null),
  followUp: () => false,
  termination: () => false,
  forceMajeure: () => false,
  disputeSettlement: () => false,
  review: () => false,
};

/**
 * The minimum-content checklist of the agreement's document type (from the rule set), each item present
 * when the structured fields show it, an explicit mark says so or its clause text was entered.
 */
export function contentChecklist(
  agreement: AgreementInput,
  rules: AgreementRules = defaultAgreementRules,
): ContentChecklistItem[] {
  return rules.contentChecklists[agreement.documentType].map((key) => {
    const entry = agreement.content[key];
    const text = typeof entry === 'string' && entry.trim() !== '' ? entry : null;
    return {
      key,
      label: contentItemLabels[key],
      present: derivedContent[key](agreement) || entry === true || text !== null,
      text,
    };
  });
}

/** Fields a party's confirmation does not cover: free notes are remarks on the record, not agreed content. */
const fieldsOutsideConfirmation: ReadonlySet<string> = new Set(['notes']);

/** Fields whose order carries no meaning: compared as sets. */
const unorderedFields: ReadonlySet<string> = new Set(['parties', 'signatories', 'sectors']);

/** An absent value, however a client wrote it: a form sends '' or null where the API left a key out. */
function isAbsent(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

/**
 * JSON with object keys sorted and absent values (undefined, null, '') written alike, so values
 * that mean the same give the same text.
 */
function canonicalJson(value: unknown): string {
  if (isAbsent(value)) return 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, inner]) => !isAbsent(inner))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, inner]) => `${JSON.stringify(key)}:${canonicalJson(inner)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function fieldText(field: string, value: unknown): string {
  if (unorderedFields.has(field) && Array.isArray(value))
    return canonicalJson(value.map(canonicalJson).sort());
  return canonicalJson(value);
}

/**
 * The agreed fields that differ between two versions of an agreement, sorted. A party's confirmation
 * means "this record is right for my side" of the content it saw, so when any of these change the
 * other parties must confirm again. Free notes do not count; the order of parties, signatories and
 * sectors does not either.
 */
export function confirmedFieldsChanged(before: AgreementInput, after: AgreementInput): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys]
    .filter((key) => !fieldsOutsideConfirmation.has(key))
    .filter(
      (key) =>
        fieldText(key, (before as Record<string, unknown>)[key]) !==
        fieldText(key, (after as Record<string, unknown>)[key]),
    )
    .sort();
}

/** A party's confirmation that the record of an agreement is right. */
export type PartyConfirmation = { partyKey: string };

/** A party as stored, with the time its region confirmed the record (null while unconfirmed). */
export type PartyWithConfirmation = Party & { confirmedAt?: string | null };

/**
 * How many parties have confirmed the record ("dikonfirmasi 1 dari 2 pihak"), from the parties' own
 * `confirmedAt` or, when given, a separate list of confirmations. Confirmations of a key that is not a
 * party, and repeated confirmations, do not count.
 */
export function confirmationSummary(
  parties: readonly PartyWithConfirmation[],
  confirmations?: readonly PartyConfirmation[],
): { confirmed: number; total: number; complete: boolean; pendingPartyKeys: string[] } {
  const confirmedKeys = new Set(
    confirmations
      ? confirmations.map((confirmation) => confirmation.partyKey)
      : parties.filter((party) => party.confirmedAt).map(partyKey),
  );
  const keys = [...new Set(parties.map(partyKey))];
  const pendingPartyKeys = keys.filter((key) => !confirmedKeys.has(key));
  const confirmed = keys.length - pendingPartyKeys.length;
  return {
    confirmed,
    total: keys.length,
    complete: keys.length > 0 && pendingPartyKeys.length === 0,
    pendingPartyKeys,
  };
}

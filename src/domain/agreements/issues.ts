/**
 * Problems found in an agreement, with stable codes. The server returns them, the UI translates them by
 * code (the English message is the fallback), and tests assert on codes, never on wording.
 */
import type { z } from 'zod';

/** Every issue code, with the English message used when no more specific one is given. */
export const issueMessages = {
  // Shape of the input (zod)
  REQUIRED: 'This field is required',
  INVALID_TYPE: 'This value has the wrong type',
  INVALID_VALUE: 'This value is not one of the allowed options',
  INVALID_FORMAT: 'This value is not in the expected format',
  INVALID_DATE: 'Expected a date written YYYY-MM-DD',
  TOO_SHORT: 'This value is too short or has too few items',
  TOO_LONG: 'This value is too long or has too many items',
  UNKNOWN_FIELD: 'This field is not expected',
  UNKNOWN_SECTOR: 'Unknown sector key',
  // Consistency of one agreement
  END_BEFORE_START: 'The end of validity must be after its start',
  PARTIES_TOO_FEW: 'An agreement needs at least two parties',
  DUPLICATE_PARTY: 'The same party is listed twice',
  UNKNOWN_REGION: 'Unknown region code',
  REGION_NOT_AUTONOMOUS: 'This region is not autonomous and cannot be a party on its own',
  KSDD_REGION_PARTIES: 'A KSDD needs at least two regional governments as parties',
  REGION_AND_ORGANIZATION_REQUIRED: 'This kind of cooperation needs at least one region and one organisation',
  PARENT_REQUIRED: 'This document type must be linked to the document it belongs to',
  PARENT_NOT_ALLOWED: 'This document type stands alone and cannot be linked to a parent',
  SIGNATORY_NOT_A_PARTY: 'The signatory does not belong to a party of this agreement',
  KSDD_NATURE_NOT_APPLICABLE: 'Only a KSDD is mandatory or voluntary',
  KSDD_NATURE_MISSING: 'Say whether this KSDD is mandatory (wajib) or voluntary (sukarela)',
  // Checks with rules or context
  VALIDITY_EXCEEDS_MAX: 'The validity is longer than the usual maximum',
  SIGNING_DATE_IN_FUTURE: 'The signing date is after today',
  DATE_TOO_FAR_IN_FUTURE: 'This date is too far in the future',
  ACTING_SIGNATORY: 'Signed by an acting head of region (Pj., Plt. or Plh.), whose authority is limited',
  MANDATE_MISSING: 'A head of agency signing a PKS needs a mandate (surat kuasa) from the head of region',
  OFFICE_NOT_FOR_REGION_LEVEL: 'This office does not exist at the level of the party it signs for',
  ORGANIZATION_KIND_MISMATCH: 'This kind of organisation is unusual for this kind of cooperation',
  PARENT_NOT_FOUND: 'The linked parent document does not exist',
  PARENT_TYPE_NOT_ALLOWED: 'This document cannot be linked to a document of that type',
  KIND_DIFFERS_FROM_PARENT: 'The kind of cooperation differs from the parent document',
  PARTIES_NOT_IN_PARENT: 'Every party must also be a party of the parent document',
  OUTSIDE_PARENT_VALIDITY: 'A PKS cannot be valid outside the validity of its KSB',
  SECTORS_OUTSIDE_PARENT: 'Some sectors are not covered by the parent document',
  SIGNED_BEFORE_PARENT: 'Signed before the parent document',
  FOLLOW_UP_DEADLINE_PASSED: 'Signed after the deadline to follow the KSB with a PKS',
  SIGNATORY_NOT_IN_OFFICE: 'The signatory did not hold this office on the signing date',
  SIGNATORY_ACTING_KIND_MISMATCH: 'The signatory held this office in another capacity (definitif or acting)',
  // Visits, meetings, follow-up actions and programs (domain/records)
  PARTICIPANT_EMPTY: 'Name a region, an organisation or an institution',
  HOST_ONLY_VISITOR: 'The visited region cannot be its own only visitor',
  REGION_PARTY_REQUIRED: 'At least one regional government must take part',
  PROGRESS_OUT_OF_RANGE: 'Progress is a whole percentage from 0 to 100',
  DONE_WITHOUT_FULL_PROGRESS: 'A finished action has 100% progress',
  DUE_BEFORE_PARENT_START: 'The due date is before the record it follows began',
  OPD_NOT_OF_PARTY: 'This OPD belongs to a region that is not a party of the record',
  PARENT_NOT_VISIBLE: 'The linked record does not exist or is not visible to you',
  DECISION_NOT_OF_MEETING: 'This decision belongs to another meeting',
  UNKNOWN_OPD: 'The agency was not found',
  FUNDER_REQUIRED: 'Name who funds the program',
  RECIPIENT_REQUIRED: 'Name who receives the program',
  FUNDER_IS_RECIPIENT: 'The funder and the recipient are the same region',
  BUDGET_YEAR_OUT_OF_RANGE: 'The budget year must be between 2000 and 2100',
  DUPLICATE_BUDGET_YEAR: 'This budget year is listed twice',
  REALISATION_EXCEEDS_BUDGET: 'The realisation exceeds the budget: add a note explaining why',
  // Monitoring and evaluation (domain/monitoring)
  EVALUATION_PERIOD_INVALID: 'This is not an evaluation period of the agreement',
  INDICATOR_UNIT_REQUIRED: 'An indicator needs its unit',
  INDICATOR_VALUE_NOT_NUMBER: 'An indicator value is a number',
  RATING_OUT_OF_RANGE: 'A rating is a whole number from 1 to 5',
  // Lifecycle
  TRANSITION_NOT_ALLOWED: 'This step is not possible from the current stage',
  STEP_BEFORE_PREVIOUS_STEP: 'A step cannot be dated before the step it follows',
  ENTRY_STAGE_NOT_ALLOWED: 'An agreement of this type cannot be entered at this stage',
  ROLE_REQUIRED: 'Your role cannot take this step',
  DPRD_APPROVAL_REQUIRED: 'This cooperation needs the approval of the DPRD first',
  DPRD_APPROVAL_NOT_REQUIRED: 'This cooperation does not need the approval of the DPRD',
  SIGNING_DATE_REQUIRED: 'Enter the signing date',
  DOCUMENT_NUMBER_REQUIRED: "Enter this party's number of the document",
  SIGNATORY_REQUIRED: 'Enter who signed for this party',
  MANDATE_REQUIRED: 'Enter the mandate (surat kuasa) of the head of agency who signed',
  VALIDITY_REQUIRED: 'Enter the start and end of validity',
  VALIDITY_NOT_ENDED: 'The agreement is still valid: terminate it early instead',
  EXTENSION_REQUIRED: 'Link the extension (perpanjangan) document first',
  TERMINATION_REASON_REQUIRED: 'Give the reason for ending the agreement early',
  TERMINATION_DOCUMENT_REQUIRED: 'Upload or link the termination document (pengakhiran)',
  DOCUMENT_REQUIRED: 'Upload the required document',
} as const;

/** A stable issue code, e.g. END_BEFORE_START. */
export type IssueCode = keyof typeof issueMessages;

/** Every issue code, for exhaustive translation tables in the UI. */
export const issueCodes = Object.keys(issueMessages) as IssueCode[];

export type IssueSeverity = 'error' | 'warning';

/**
 * One problem: an error blocks a save, a warning is shown beside the record. `field` is a dotted path
 * into the agreement input ("parties.1.documentNumber") or null for the whole record; `params` carries the
 * values a translated message needs.
 */
export type Issue = {
  code: IssueCode;
  severity: IssueSeverity;
  field: string | null;
  message: string;
  params?: Readonly<Record<string, string | number>>;
};

/** Builds an issue; the message defaults to the catalogue's. */
export function makeIssue(
  code: IssueCode,
  severity: IssueSeverity,
  field: string | null,
  message: string = issueMessages[code],
  params?: Readonly<Record<string, string | number>>,
): Issue {
  return params ? { code, severity, field, message, params } : { code, severity, field, message };
}

/** True when an issue list holds an error (a save must be refused). */
export function hasErrors(issues: readonly Issue[]): boolean {
  return issues.some((issue) => issue.severity === 'error');
}

function isIssueCode(value: unknown): value is IssueCode {
  return typeof value === 'string' && Object.hasOwn(issueMessages, value);
}

const zodCodes: Readonly<Record<string, IssueCode>> = {
  invalid_type: 'INVALID_TYPE',
  invalid_value: 'INVALID_VALUE',
  invalid_format: 'INVALID_FORMAT',
  invalid_union: 'INVALID_VALUE',
  too_small: 'TOO_SHORT',
  too_big: 'TOO_LONG',
  unrecognized_keys: 'UNKNOWN_FIELD',
};

/**
 * Turns zod issues into Issues with stable codes: a custom issue keeps the code it carries in `params`,
 * a missing value becomes REQUIRED (when the parse reported inputs), a bad sector becomes UNKNOWN_SECTOR.
 */
export function issuesFromZod(issues: readonly z.core.$ZodIssue[]): Issue[] {
  return issues.map((issue) => {
    const field = issue.path.length > 0 ? issue.path.map(String).join('.') : null;
    const params: unknown = issue.code === 'custom' ? issue.params : undefined;
    const carried =
      params && typeof params === 'object' && 'code' in params
        ? (params as { code: unknown }).code
        : undefined;
    let code: IssueCode = isIssueCode(carried) ? carried : (zodCodes[issue.code] ?? 'INVALID_VALUE');
    if (issue.code === 'invalid_type' && 'input' in issue && issue.input === undefined) code = 'REQUIRED';
    if (issue.code === 'invalid_value' && issue.path[0] === 'sectors') code = 'UNKNOWN_SECTOR';
    return makeIssue(code, 'error', field, issue.message);
  });
}

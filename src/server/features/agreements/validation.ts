/**
 * Validation of an agreement before it is stored: the domain rules (src/domain/agreements) with what
 * they need from the database (the parent, organisation kinds, terms of office), the checks only the
 * database can make (unknown organisations, officials and OPD), and the 422 they answer.
 */
import { AppError } from '../../errors.js';
import type { Actor } from '../../auth/policy.js';
import { readSideBySide, type Db } from '../../db/client.js';
import {
  checkEntryStage,
  hasErrors,
  makeIssue,
  validateAgreement,
  type AgreementInput,
  type AgreementRules,
  type Issue,
  type IssueCode,
  type OrganizationKind,
  type ParentAgreement,
  type Requirement,
  type Stage,
  type TransitionContext,
} from '../../../domain/agreements/index.js';
import { termsOfRegions } from '../officials/service.js';
import { opdsByIds } from '../opds/service.js';
import { organizationsByIds } from '../organizations/service.js';
import { canOn } from './access.js';
import type { ProposedChange } from './consent.js';
import { inputFromRows, regionCodesOf } from './model.js';
import {
  findAgreement,
  findParties,
  findSignatories,
  type AgreementRow,
  type PartyWithName,
  type SignatoryRow,
} from './repo.js';

/** Issue codes the server adds to the domain's, for checks that need the database. */
export type ServerIssueCode =
  | IssueCode
  | 'UNKNOWN_ORGANIZATION'
  | 'UNKNOWN_OFFICIAL'
  | 'OFFICIAL_NOT_OF_PARTY'
  | 'UNKNOWN_OPD'
  | 'OPD_NOT_OF_PARTY'
  | 'CONSENT_PENDING';
export type ServerIssue = Omit<Issue, 'code'> & { code: ServerIssueCode };

export function serverIssue(code: ServerIssueCode, field: string, message: string): ServerIssue {
  return { code, severity: 'error', field, message };
}

/** 422 RULE_VIOLATION naming the first error's field (as body.<field>), with every issue in details. */
export function ruleViolation(issues: readonly ServerIssue[]): AppError {
  const first = issues.find((issue) => issue.severity === 'error') ?? issues[0];
  return new AppError(
    'RULE_VIOLATION',
    first?.message ?? 'The agreement breaks a rule',
    first?.field ? `body.${first.field}` : undefined,
    issues,
  );
}

export function requirementToIssue(requirement: Requirement, severity: 'error' | 'warning'): Issue {
  return makeIssue(requirement.code, severity, requirement.field, requirement.message, requirement.params);
}

export type Loaded = {
  row: AgreementRow;
  parties: PartyWithName[];
  signatories: SignatoryRow[];
  input: AgreementInput;
};

export async function loadFull(db: Db, row: AgreementRow): Promise<Loaded> {
  const [parties, signatories] = await readSideBySide(db, [
    () => findParties(db, [row.id]),
    () => findSignatories(db, row.id),
  ]);
  return { row, parties, signatories, input: inputFromRows(row, parties, signatories) };
}

/**
 * Everything validateAgreement needs from the database: the parent (null when missing or invisible
 * to the actor), the organisation kinds and the terms of office of the party regions. Also reports
 * organisation parties and official links that point at nothing. The three are read side by side (on
 * PostgreSQL, on the pool's connections): each statement is a round trip, which a loaded server pays
 * in waiting more than in reading. `parentRow` is the parent's stored row, for who shows its summary.
 */
export async function validationContext(db: Db, actor: Actor, input: AgreementInput, selfId?: string) {
  const issues: ServerIssue[] = [];
  const organizationIds = input.parties.flatMap((party) =>
    party.kind === 'organization' ? [party.organizationId] : [],
  );
  const [parentFound, organizations, terms] = await readSideBySide(db, [
    async () => {
      if (!input.parentId) return undefined;
      const row = input.parentId === selfId ? undefined : await findAgreement(db, input.parentId);
      return row && canOn(actor, 'agreement:read', row) ? { row, loaded: await loadFull(db, row) } : null;
    },
    () => organizationsByIds(db, organizationIds),
    () => termsOfRegions(db, regionCodesOf(input)),
  ]);
  const parent: (ParentAgreement & { id: string; stage: Stage }) | null | undefined = parentFound
    ? { ...parentFound.loaded.input, id: parentFound.row.id, stage: parentFound.row.stage as Stage }
    : parentFound;
  const organizationKinds: Record<string, OrganizationKind> = {};
  for (const organization of organizations) organizationKinds[organization.id] = organization.kind;
  input.parties.forEach((party, index) => {
    if (party.kind === 'organization' && !organizationKinds[party.organizationId]) {
      issues.push(
        serverIssue(
          'UNKNOWN_ORGANIZATION',
          `parties.${index}.organizationId`,
          'This organisation is not recorded: create it first (POST /api/organizations)',
        ),
      );
    }
  });
  const termsById = new Map(terms.map((term) => [term.id, term]));
  input.signatories.forEach((signatory, index) => {
    if (!signatory.officialId) return;
    const term = termsById.get(signatory.officialId);
    if (!term) {
      issues.push(
        serverIssue(
          'UNKNOWN_OFFICIAL',
          `signatories.${index}.officialId`,
          "This term of office is not recorded for the signatory's region",
        ),
      );
      return;
    }
    // A signatory signs for one party: the linked term must be an office of that party's region,
    // not of another party (a Bekasi term on Malang's signatory).
    if (term.regionCode !== signatory.partyKey) {
      issues.push(
        serverIssue(
          'OFFICIAL_NOT_OF_PARTY',
          `signatories.${index}.officialId`,
          `This term of office belongs to region ${term.regionCode}, not to the party the signatory signs for`,
        ),
      );
    }
  });
  return { parent, parentRow: parentFound?.row, organizationKinds, terms, issues, organizations };
}

/** Validates an input against the rules and the database; throws 422 on any error, returns warnings. */
export async function validateForSave(
  db: Db,
  actor: Actor,
  input: AgreementInput,
  rules: AgreementRules,
  today: string,
  selfId?: string,
) {
  const context = await validationContext(db, actor, input, selfId);
  const issues: ServerIssue[] = [
    ...validateAgreement(
      input,
      {
        today,
        parent: context.parent === undefined ? undefined : context.parent,
        organizationKinds: context.organizationKinds,
        terms: context.terms,
      },
      rules,
    ),
    ...context.issues,
  ];
  if (hasErrors(issues as Issue[])) throw ruleViolation(issues);
  return { warnings: issues, parent: context.parent };
}

/**
 * What entering an agreement at a later stage needs: missing data refuses the save, a missing file is
 * a reminder (documents are uploaded once the record exists) returned as warnings.
 */
export function entryStageRequirements(
  input: AgreementInput,
  stage: Stage,
  context: Omit<TransitionContext, 'actor'>,
  rules: AgreementRules,
  warnings: readonly ServerIssue[] = [],
): Issue[] {
  const requirements = checkEntryStage(input, stage, context, rules);
  const errors = requirements.filter((r) => r.kind !== 'document').map((r) => requirementToIssue(r, 'error'));
  if (errors.length > 0) throw ruleViolation([...errors, ...warnings]);
  return requirements.filter((r) => r.kind === 'document').map((r) => requirementToIssue(r, 'warning'));
}

/**
 * The responsible OPD of an input, deduplicated: each must be a live OPD of one of the party regions,
 * else 422 RULE_VIOLATION naming the offending entry (body.responsibleOpdIds.<index>).
 */
export async function checkResponsibleOpds(
  db: Db,
  opdIds: readonly string[],
  partyRegionCodes: readonly string[],
): Promise<string[]> {
  const found = new Map((await opdsByIds(db, opdIds)).map((opd) => [opd.id, opd]));
  const issues: ServerIssue[] = [];
  opdIds.forEach((opdId, index) => {
    const opd = found.get(opdId);
    const field = `responsibleOpdIds.${index}`;
    if (!opd) issues.push(serverIssue('UNKNOWN_OPD', field, `OPD ${opdId} does not exist`));
    else if (!partyRegionCodes.includes(opd.regionCode)) {
      issues.push(
        serverIssue(
          'OPD_NOT_OF_PARTY',
          field,
          `${opd.name} is an OPD of ${opd.regionCode}, which is not a party of this agreement`,
        ),
      );
    }
  });
  if (issues.length > 0) throw ruleViolation(issues);
  return [...new Set(opdIds)];
}

/** The warning that part of a save waits for the other parties' consent. */
export function consentPendingIssue(change: ProposedChange): ServerIssue {
  return {
    code: 'CONSENT_PENDING',
    severity: 'warning',
    field: change.kind === 'publish' ? 'published' : 'parties',
    message:
      change.kind !== 'remove_parties'
        ? 'Publishing waits for the consent of every other party'
        : `Removing ${change.removeRegionCodes.join(', ')} waits for the consent of every other party`,
  };
}

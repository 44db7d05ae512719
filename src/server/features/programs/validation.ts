/**
 * The checks of a program before it is stored: the domain schema's verdict (422 with the domain's issue
 * codes, 400 for a malformed field) and what only the database knows (the parent readable by the
 * actor, the organisations recorded); and the party regions that follow from it.
 */
import { makeIssue, type Issue, type IssueCode } from '../../../domain/agreements/issues.js';
import { programInputSchema, programRegionCodes, type ProgramInput } from '../../../domain/records/schema.js';
import type { ProgramParentType } from '../../../domain/records/kinds.js';
import type { Actor } from '../../auth/policy.js';
import type { Db } from '../../db/client.js';
import { AppError } from '../../errors.js';
import { findVisibleRecord } from '../../record-lookup.js';
import { existingOrganizationIds } from './repo.js';

export type ProgramIssue = Omit<Issue, 'code'> & { code: IssueCode | 'UNKNOWN_ORGANIZATION' };

/** 422 RULE_VIOLATION naming the first issue's field (as body.<field>), every issue in details. */
export function ruleViolation(issues: readonly ProgramIssue[]): AppError {
  const first = issues[0];
  return new AppError(
    'RULE_VIOLATION',
    first?.message ?? 'The program breaks a rule',
    first?.field ? `body.${first.field}` : undefined,
    issues,
  );
}

/**
 * The domain schema's verdict on a whole program (after merging a change into the stored one): the
 * domain's issue codes (BUDGET_YEAR_OUT_OF_RANGE, REALISATION_EXCEEDS_BUDGET, DUPLICATE_BUDGET_YEAR,
 * FUNDER_IS_RECIPIENT, ...) answer 422 with their field paths; a malformed field answers 400.
 */
export function parseProgram(candidate: Record<string, unknown>): ProgramInput {
  const parsed = programInputSchema.safeParse(candidate);
  if (parsed.success) return parsed.data;
  const coded = parsed.error.issues.flatMap((issue): ProgramIssue[] => {
    const code = (issue as { params?: { code?: unknown } }).params?.code;
    if (typeof code !== 'string') return [];
    const params = { ...(issue as { params?: Record<string, string | number> }).params };
    delete params.code;
    return [makeIssue(code as IssueCode, 'error', issue.path.map(String).join('.'), issue.message, params)];
  });
  if (coded.length === parsed.error.issues.length) throw ruleViolation(coded);
  const issue = parsed.error.issues.find((entry) => !(entry as { params?: unknown }).params);
  const path = issue?.path.map(String).join('.') ?? '';
  throw new AppError(
    'VALIDATION_FAILED',
    `${path || 'body'}: ${issue?.message ?? 'invalid program'}`,
    path ? `body.${path}` : 'body',
    parsed.error.issues.map((entry) => ({ path: entry.path.map(String).join('.'), message: entry.message })),
  );
}

export type Parent = { type: ProgramParentType; id: string; title: string; partyRegionCodes: string[] };

/** The parent record when it exists, is not deleted and the actor may read it; else null. */
export async function visibleParent(
  db: Db,
  actor: Actor,
  type: ProgramParentType,
  id: string,
): Promise<Parent | null> {
  const record = await findVisibleRecord(db, actor, type, id);
  return record ? { type, id, title: record.title, partyRegionCodes: record.partyRegionCodes } : null;
}

/** Checks that need the database: the parent readable by the actor, the organisations existing. */
export async function storedDataIssues(
  db: Db,
  actor: Actor,
  input: ProgramInput,
): Promise<{ issues: ProgramIssue[]; parent: Parent | null }> {
  const issues: ProgramIssue[] = [];
  let parent: Parent | null = null;
  if (input.parentType !== null && input.parentId !== null) {
    parent = await visibleParent(db, actor, input.parentType, input.parentId);
    if (!parent) issues.push(makeIssue('PARENT_NOT_VISIBLE', 'error', 'parentId'));
  }
  const organizationIds = [input.funderOrganizationId, input.recipientOrganizationId].filter(
    (id): id is string => id !== null,
  );
  if (organizationIds.length) {
    const found = await existingOrganizationIds(db, organizationIds);
    for (const field of ['funderOrganizationId', 'recipientOrganizationId'] as const) {
      const id = input[field];
      if (id !== null && !found.has(id))
        issues.push({
          code: 'UNKNOWN_ORGANIZATION',
          severity: 'error',
          field,
          message: `No organisation ${id}`,
        });
    }
  }
  return { issues, parent };
}

/** Party regions: the funder's and the recipient's, and the parent's parties. */
export function partyRegionsOf(input: ProgramInput, parent: Parent | null): string[] {
  return [...new Set([...programRegionCodes(input), ...(parent?.partyRegionCodes ?? [])])];
}

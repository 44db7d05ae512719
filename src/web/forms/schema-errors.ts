import type { z } from 'zod';
import { issuesFromZod, type Issue, type Label } from '../../domain/agreements';
import { ApiError } from '../api/client';
import { apiErrorMessage, apiErrorWithField, errorField, validationMessage } from '../i18n/api-errors';
import type { Translate } from '../i18n/context';
import { fieldPathLabel } from '../i18n/field-label';
import { issueText } from '../i18n/issue-text';

/**
 * The errors of a record form as @mantine/form holds them: a message by the form's field path
 * (`title`, `visitors.1.regionCode`), in the user's words. See docs/decisions/015.
 */
export type FormErrors = Record<string, string>;

/** The key of the errors that belong to no field: a rule about the whole record, a failed request. */
export const recordErrorKey = '$record';

/** An issue with, when it came from the client's own check, the zod issue behind it. */
type FoundIssue = { issue: Pick<Issue, 'code' | 'field' | 'message' | 'params' | 'severity'>; zod?: unknown };

/** Words one issue: see {@link issueWording}. */
export type IssueWording = (found: FoundIssue) => string;

/**
 * The UI's words for an issue: a domain rule and a missing value by their stable code
 * (`issue.<CODE>`); a plain zod check (a length, a format) by what zod measured, with its limit
 * ("minimal 3 karakter").
 */
export function issueWording(t: Translate, label: (value: Label) => string): IssueWording {
  return ({ issue, zod }) => {
    const plainCheck =
      zod !== undefined && (zod as { code?: unknown }).code !== 'custom' && issue.code !== 'REQUIRED';
    return (plainCheck ? validationMessage(t, zod) : undefined) ?? issueText(t, issue, label);
  };
}

/** Maps a request field path to the form's path (the same by default); null: no field of the form. */
export type PlaceField = (field: string) => string | null;
const sameField: PlaceField = (field) => field;

/** The error issues by form field, worded; several on one field are joined with "; ". */
function errorsByField(found: readonly FoundIssue[], word: IssueWording, place: PlaceField): FormErrors {
  const byField = new Map<string, string[]>();
  for (const entry of found) {
    if (entry.issue.severity !== 'error') continue;
    const key = (entry.issue.field && place(entry.issue.field)) || recordErrorKey;
    const texts = byField.get(key) ?? [];
    const text = word(entry);
    if (!texts.includes(text)) texts.push(text);
    byField.set(key, texts);
  }
  return Object.fromEntries([...byField].map(([field, texts]) => [field, texts.join('; ')]));
}

/**
 * The errors of a request `body` checked with the domain's `schema`, the one the server runs on the
 * same request: the same rules, the same issue codes.
 */
export function schemaErrors(
  schema: z.ZodType,
  body: unknown,
  word: IssueWording,
  place: PlaceField = sameField,
): FormErrors {
  const result = schema.safeParse(body, { reportInput: true });
  if (result.success) return {};
  const issues = issuesFromZod(result.error.issues);
  return errorsByField(
    issues.map((issue, index) => ({ issue, zod: result.error.issues[index] })),
    word,
    place,
  );
}

/**
 * The errors of a refused save: the issues of a RULE_VIOLATION at their fields, a validation error
 * at its field, anything else under {@link recordErrorKey}.
 */
export function apiFormErrors(
  t: Translate,
  error: unknown,
  word: IssueWording,
  place: PlaceField = sameField,
): FormErrors {
  if (error instanceof ApiError && error.code === 'RULE_VIOLATION' && Array.isArray(error.details)) {
    const found = errorsByField(
      (error.details as Issue[]).map((issue) => ({ issue })),
      word,
      place,
    );
    if (Object.keys(found).length > 0) return found;
  }
  const field = errorField(error);
  const key = field ? place(field) : null;
  return key ? { [key]: apiErrorMessage(t, error) } : { [recordErrorKey]: apiErrorWithField(t, error) };
}

/** The errors as lines for the list above a form: "Pengunjung 2 – Daerah: Daerah tidak dikenal". */
export function errorLines(t: Translate, errors: Readonly<Record<string, unknown>>): string[] {
  return Object.entries(errors).flatMap(([field, message]) => {
    if (typeof message !== 'string' || !message) return [];
    const where = field === recordErrorKey ? undefined : fieldPathLabel(t, field);
    return [where ? `${where}: ${message}` : message];
  });
}

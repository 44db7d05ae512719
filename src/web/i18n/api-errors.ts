import { ApiError } from '../api/client';
import type { Translate } from './context';
import { fieldPathLabel } from './field-label';
import { isMessageKey } from './translate';

/** The `details.reason` of an error, when it has one. */
function reasonOf(details: unknown): string | undefined {
  if (typeof details !== 'object' || details === null || Array.isArray(details)) return undefined;
  const reason = (details as { reason?: unknown }).reason;
  return typeof reason === 'string' ? reason : undefined;
}

/**
 * Turns an API error into a sentence for the user in the current language, from its code, reason
 * and limits, never from the server's English message: `apiError.<CODE>.<reason>` or
 * `apiError.<CODE>`; details refine some (RATE_LIMITED's wait, a validation issue's limits). A code
 * the UI does not know (it cannot be one of the API's, a test checks them all) names only its code.
 */
export function apiErrorMessage(t: Translate, error: unknown): string {
  if (!(error instanceof ApiError)) return t('apiError.unknown', { code: 'CLIENT' });
  if (error.code === 'RATE_LIMITED') {
    const seconds = (error.details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
    return typeof seconds === 'number'
      ? t('apiError.RATE_LIMITED', { minutes: Math.max(1, Math.ceil(seconds / 60)) })
      : t('apiError.RATE_LIMITED.later');
  }
  if (error.code === 'VALIDATION_FAILED') {
    const first = Array.isArray(error.details) ? (error.details[0] as unknown) : undefined;
    return validationMessage(t, first) ?? t('apiError.VALIDATION_FAILED');
  }
  const reasonKey = `apiError.${error.code}.${String(reasonOf(error.details))}`;
  if (isMessageKey(reasonKey)) return t(reasonKey);
  const key = `apiError.${error.code}`;
  if (isMessageKey(key)) return t(key);
  return t('apiError.unknown', { code: error.code });
}

/** The input field an API error is about, without the `body.` prefix of request validation. */
export function errorField(error: unknown): string | undefined {
  if (!(error instanceof ApiError) || !error.field) return undefined;
  return error.field.replace(/^body\./, '');
}

/**
 * An API error as one sentence that names its field in words when it is about one
 * ("Pihak 2 – Daerah: Wajib diisi."), for places that show it away from the field.
 */
export function apiErrorWithField(t: Translate, error: unknown): string {
  const message = apiErrorMessage(t, error);
  const label = fieldPathLabel(t, errorField(error));
  return label ? t('apiError.fieldMessage', { field: label, message }) : message;
}

/**
 * Splits a failed submission into a message for one of the form's fields (shown under the field)
 * or a general message (shown above the buttons). `fields` lists the form's field names.
 */
export function formErrors<F extends string>(
  t: Translate,
  error: unknown,
  fields: readonly F[],
): { field: Partial<Record<F, string>>; general: string | undefined } {
  if (error === undefined || error === null) return { field: {}, general: undefined };
  const field = errorField(error);
  const match = fields.find((name) => name === field);
  if (match) {
    return {
      field: { [match]: apiErrorMessage(t, error) } as Partial<Record<F, string>>,
      general: undefined,
    };
  }
  // Away from its field, a message must say which input it is about.
  return { field: {}, general: apiErrorWithField(t, error) };
}

/**
 * A request validation issue in the user's language, from its zod code and limits
 * (`{code: 'too_small', origin: 'string', minimum: 2}` -> "Terlalu pendek: minimal 2 karakter."), or
 * undefined when the UI has no wording for it.
 */
export function validationMessage(t: Translate, issue: unknown): string | undefined {
  if (typeof issue !== 'object' || issue === null) return undefined;
  const { code, origin, minimum, maximum, format, reason } = issue as Record<string, unknown>;
  const limit = typeof minimum === 'number' ? minimum : typeof maximum === 'number' ? maximum : undefined;
  const candidates = [
    // A check the server makes against other data names its reason.
    typeof reason === 'string' ? `apiError.VALIDATION_FAILED.${reason}` : '',
    // A required text of at least one character reads better as "required".
    code === 'too_small' && origin === 'string' && minimum === 1 ? 'apiError.VALIDATION_FAILED.required' : '',
    `apiError.VALIDATION_FAILED.${String(code)}.${String(origin ?? format)}`,
    `apiError.VALIDATION_FAILED.${String(code)}`,
  ];
  const key = candidates.find((candidate) => candidate !== '' && isMessageKey(candidate));
  if (!key || !isMessageKey(key)) return undefined;
  return t(key, limit === undefined ? undefined : { limit });
}

import { ApiError } from '../api/client';
import type { Translate } from './context';
import { isMessageKey } from './translate';

/**
 * Turns an API error into a sentence for the user in the current language. Codes with a message in
 * the dictionaries (`apiError.<CODE>`) get it; details refine some (RATE_LIMITED's wait,
 * WEAK_PASSWORD's reason); anything else shows its code and the server's own message.
 */
export function apiErrorMessage(t: Translate, error: unknown): string {
  if (!(error instanceof ApiError)) {
    return t('apiError.unknown', {
      code: 'CLIENT',
      message: error instanceof Error ? error.message : String(error),
    });
  }
  const details = (
    typeof error.details === 'object' && error.details !== null ? error.details : {}
  ) as Record<string, unknown>;
  if (error.code === 'RATE_LIMITED') {
    const seconds = details.retryAfterSeconds;
    return typeof seconds === 'number'
      ? t('apiError.RATE_LIMITED', { minutes: Math.max(1, Math.ceil(seconds / 60)) })
      : t('apiError.RATE_LIMITED.later');
  }
  if (error.code === 'WEAK_PASSWORD') {
    const reasonKey = `apiError.WEAK_PASSWORD.${String(details.reason)}`;
    return isMessageKey(reasonKey) ? t(reasonKey) : t('apiError.WEAK_PASSWORD');
  }
  if (error.code === 'VALIDATION_FAILED') {
    const first = Array.isArray(error.details) ? (error.details[0] as unknown) : undefined;
    return validationMessage(t, first) ?? t('apiError.VALIDATION_FAILED', { detail: error.message });
  }
  const key = `apiError.${error.code}`;
  if (isMessageKey(key)) return t(key);
  return t('apiError.unknown', { code: error.code, message: error.message });
}

/** The input field an API error is about, without the `body.` prefix of request validation. */
export function errorField(error: unknown): string | undefined {
  if (!(error instanceof ApiError) || !error.field) return undefined;
  return error.field.replace(/^body\./, '');
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
  const message = apiErrorMessage(t, error);
  const field = errorField(error);
  const match = fields.find((name) => name === field);
  if (match) return { field: { [match]: message } as Partial<Record<F, string>>, general: undefined };
  // Away from its field, a validation message must say which input it is about.
  const about = error instanceof ApiError && error.code === 'VALIDATION_FAILED' && field ? ` (${field})` : '';
  return { field: {}, general: `${message}${about}` };
}

/**
 * A request validation issue in the user's language, from its zod code and limits
 * (`{code: 'too_small', origin: 'string', minimum: 2}` -> "Terlalu pendek: minimal 2 karakter."), or
 * undefined when the UI has no wording for it and the server's message must do.
 */
export function validationMessage(t: Translate, issue: unknown): string | undefined {
  if (typeof issue !== 'object' || issue === null) return undefined;
  const { code, origin, minimum, maximum, format } = issue as Record<string, unknown>;
  const limit = typeof minimum === 'number' ? minimum : typeof maximum === 'number' ? maximum : undefined;
  const candidates = [
    // A required text of at least one character reads better as "required".
    code === 'too_small' && origin === 'string' && minimum === 1 ? 'apiError.VALIDATION_FAILED.required' : '',
    `apiError.VALIDATION_FAILED.${String(code)}.${String(origin ?? format)}`,
    `apiError.VALIDATION_FAILED.${String(code)}`,
  ];
  const key = candidates.find((candidate) => candidate !== '' && isMessageKey(candidate));
  if (!key || !isMessageKey(key)) return undefined;
  return t(key, limit === undefined ? undefined : { limit });
}

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
    return t('apiError.VALIDATION_FAILED', { detail: error.message });
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
  return { field: {}, general: message };
}

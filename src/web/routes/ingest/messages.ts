import { ApiError, clientErrorCodes } from '../../api/client';
import { apiErrorMessage, apiErrorWithField } from '../../i18n/api-errors';
import type { Translate } from '../../i18n/context';
import type { FileProblem } from './files';

/** Reasons of URL_FETCH_FAILED, each with its own message. */
const fetchReasons = [
  'FETCH_TIMEOUT',
  'FETCH_HTTP_ERROR',
  'FETCH_TOO_MANY_REDIRECTS',
  'FETCH_TOO_LARGE',
  'FETCH_NOT_HTML',
  'FETCH_FAILED',
] as const;
type FetchReason = (typeof fetchReasons)[number];

function fetchReasonOf(error: ApiError): FetchReason {
  const reason = (error.details as { reason?: unknown } | undefined)?.reason;
  return fetchReasons.find((known) => known === reason) ?? 'FETCH_FAILED';
}

/** An explained failure: the Indonesian (or English) message, and the server's own words when they help. */
export type ExplainedError = { message: string; detail: string | null };

/**
 * Why reading an article failed, in the user's language, by the API's stable codes. The server's
 * message is kept as a detail where it says something the code does not (the HTTP status of a site).
 */
export function explainExtractError(t: Translate, cause: unknown): ExplainedError {
  if (!(cause instanceof ApiError)) {
    return { message: t('ingest.error.other', { message: String(cause) }), detail: null };
  }
  const detail = t('ingest.error.detail', { message: cause.message });
  switch (cause.code) {
    case 'VALIDATION_FAILED': {
      if (/binary/i.test(cause.message)) return { message: t('ingest.error.binary'), detail: null };
      if (/too_big|too big|at most|900/i.test(cause.message))
        return { message: t('ingest.error.tooLong'), detail };
      if (/paste|required|either/i.test(cause.message))
        return { message: t('ingest.error.empty'), detail: null };
      return { message: apiErrorWithField(t, cause), detail: null };
    }
    case 'PAYLOAD_TOO_LARGE':
      return { message: t('ingest.error.tooLarge'), detail: null };
    case 'URL_NOT_ALLOWED':
      return { message: t('ingest.error.urlNotAllowed'), detail };
    case 'URL_FETCH_FAILED':
      return { message: t(`ingest.error.${fetchReasonOf(cause)}`), detail };
    case 'NO_ARTICLE':
      return { message: t('ingest.error.noArticle'), detail: null };
    case 'CONTENT_TOO_COMPLEX':
      return { message: t('ingest.error.tooComplex'), detail: null };
    default:
      return explainCommonError(t, cause);
  }
}

/** Failures any request of the page can meet: session, role, rate limit, network. */
export function explainCommonError(t: Translate, error: ApiError): ExplainedError {
  switch (error.code) {
    case 'UNAUTHENTICATED':
      return { message: t('ingest.error.unauthenticated'), detail: null };
    case 'FORBIDDEN':
    case 'CSRF_FAILED':
      return { message: t('ingest.error.forbidden'), detail: null };
    case 'RATE_LIMITED':
      return { message: t('ingest.error.rateLimited'), detail: null };
    case clientErrorCodes.network:
      return { message: t('ingest.error.network'), detail: null };
    default:
      return { message: apiErrorMessage(t, error), detail: null };
  }
}

/** Why an uploaded file was not read. */
export function explainFileProblem(t: Translate, problem: FileProblem): string {
  return t(`ingest.file.${problem}`);
}

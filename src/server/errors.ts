/**
 * The one error type of the server: a stable code (for API clients), an HTTP status and a message.
 * The code -> status map is exhaustive, so a new code cannot ship without its status.
 */
export const errorStatus = {
  BAD_REQUEST: 400,
  VALIDATION_FAILED: 400,
  INVALID_JSON: 400,
  TOKEN_INVALID: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  FORBIDDEN: 403,
  CSRF_FAILED: 403,
  NOT_FOUND: 404,
  ROUTE_NOT_FOUND: 404,
  REGION_NOT_FOUND: 404,
  USER_NOT_FOUND: 404,
  OPD_NOT_FOUND: 404,
  AGREEMENT_NOT_FOUND: 404,
  DOCUMENT_NOT_FOUND: 404,
  ORGANIZATION_NOT_FOUND: 404,
  OFFICIAL_TERM_NOT_FOUND: 404,
  PENDING_CHANGE_NOT_FOUND: 404,
  CONFLICT: 409,
  VERSION_CONFLICT: 409,
  EMAIL_TAKEN: 409,
  SETUP_DONE: 409,
  DUPLICATE_SUSPECTED: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  UNPROCESSABLE: 422,
  RULE_VIOLATION: 422,
  WEAK_PASSWORD: 422,
  TRANSITION_NOT_ALLOWED: 422,
  FILE_TYPE_NOT_ALLOWED: 415,
  URL_NOT_ALLOWED: 422,
  URL_FETCH_FAILED: 422,
  NO_ARTICLE: 422,
  CONTENT_TOO_COMPLEX: 422,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  DATABASE_UNAVAILABLE: 503,
} as const satisfies Record<string, number>;

export type ErrorCode = keyof typeof errorStatus;

export class AppError extends Error {
  override name = 'AppError';
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    message: string,
    /** The request field the error is about, when there is one ("q", "body.title"). */
    readonly field?: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.status = errorStatus[code];
  }
}

/** The JSON body of every API error. */
export type ErrorBody = {
  error: { code: ErrorCode; message: string; field?: string; details?: unknown; requestId?: string };
};

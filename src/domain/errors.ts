/**
 * Every error code of the API with its HTTP status. The server throws them (`AppError`) and the UI
 * words them in the user's language (`apiError.<CODE>` in `src/web/i18n/`); a unit test checks that
 * every code has an Indonesian and an English message.
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
  VISIT_NOT_FOUND: 404,
  MEETING_NOT_FOUND: 404,
  ACTION_NOT_FOUND: 404,
  NOTIFICATION_NOT_FOUND: 404,
  JOB_NOT_FOUND: 404,
  PROGRAM_NOT_FOUND: 404,
  /** The record a new record would hang under (an action's agreement, visit or meeting) is unknown or hidden. */
  PARENT_NOT_VISIBLE: 404,
  EVALUATION_NOT_FOUND: 404,
  CONFLICT: 409,
  VERSION_CONFLICT: 409,
  EMAIL_TAKEN: 409,
  SETUP_DONE: 409,
  DUPLICATE_SUSPECTED: 409,
  EVALUATION_EXISTS: 409,
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

/** Every error code, for clients and tests that iterate them. */
export const errorCodes = Object.keys(errorStatus) as ErrorCode[];

/**
 * Why a request was refused, when one code covers several situations (`details.reason` of a
 * FORBIDDEN, or `reason` of a VALIDATION_FAILED issue). The UI words each one (`apiError.<CODE>.<REASON>`),
 * so it never has to show the server's English message.
 */
export const errorReasons = {
  FORBIDDEN: [
    'ROLE_NOT_ALLOWED',
    'ROLE_NOT_ASSIGNABLE',
    'OWN_REGION_ONLY',
    'OWN_REGION_NOT_PARTY',
    'NOT_MANAGEABLE',
    'SELF_CHANGE',
    'PUBLISH_NOT_ALLOWED',
    'SESSION_ONLY',
    'REGION_CHANGE',
    'EVALUATOR_ROLE_NOT_ALLOWED',
    'OUTSIDE_JURISDICTION',
    'DOCUMENT_OF_PARTNER',
  ],
  VALIDATION_FAILED: [
    'REGION_REQUIRED',
    'REGION_UNKNOWN',
    'REGION_NOT_AUTONOMOUS',
    'PROVINCE_REQUIRED',
    'NATIONAL_NO_REGION',
    'OPD_OTHER_REGION',
  ],
} as const satisfies Partial<Record<ErrorCode, readonly string[]>>;

export type ErrorReason<C extends keyof typeof errorReasons> = (typeof errorReasons)[C][number];

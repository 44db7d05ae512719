import { errorStatus, type ErrorCode, type ErrorReason } from '../domain/errors.js';

export { errorStatus, type ErrorCode } from '../domain/errors.js';

/**
 * The one error type of the server: a stable code (for API clients), an HTTP status and a message.
 * The code -> status map (in the domain, shared with the UI) is exhaustive, so a new code cannot
 * ship without its status.
 */
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

/**
 * A 403 with its reason (`details.reason`), so a client can word it without the English message.
 */
export function forbidden(reason: ErrorReason<'FORBIDDEN'>, message: string, field?: string): AppError {
  return new AppError('FORBIDDEN', message, field, { reason });
}

/**
 * A 400 about one field that no zod schema can check (it depends on other data), reported like a
 * request validation issue with a `reason` the client words (`apiError.VALIDATION_FAILED.<REASON>`).
 */
export function invalidField(
  reason: ErrorReason<'VALIDATION_FAILED'>,
  message: string,
  field: string,
): AppError {
  return new AppError('VALIDATION_FAILED', message, field, [
    { path: field.replace(/^body\./, ''), message, code: 'custom', reason },
  ]);
}

/** The JSON body of every API error. */
export type ErrorBody = {
  error: { code: ErrorCode; message: string; field?: string; details?: unknown; requestId?: string };
};

import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { ZodError } from 'zod';
import { AppError } from './errors.js';
import type { Logger } from './logger.js';

/** Per-request variables set by the app's middleware. */
export type AppEnv = {
  Variables: {
    requestId: string;
    log: Logger;
  };
};

/** Names the first invalid field of a zod error as `target.path` ("query.pageSize"). */
export function validationError(target: string, error: ZodError): AppError {
  const issue = error.issues[0];
  const fieldPath = issue?.path.map(String).join('.') ?? '';
  const field = fieldPath ? (target === 'json' ? `body.${fieldPath}` : fieldPath) : target;
  return new AppError(
    'VALIDATION_FAILED',
    issue ? `${field}: ${issue.message}` : `Invalid ${target}`,
    field,
    error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })),
  );
}

/**
 * A router for one feature. Invalid input never reaches a handler: the default hook turns the
 * zod error into a 400 VALIDATION_FAILED naming the field.
 */
export function createRouter(): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) throw validationError(result.target, result.error);
    },
  });
}

/** The OpenAPI schema of every error response. */
export const errorResponseSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'REGION_NOT_FOUND' }),
      message: z.string(),
      field: z.string().optional(),
      details: z.unknown().optional(),
      requestId: z.string().optional(),
    }),
  })
  .openapi('Error');

/** Standard error responses for route definitions. */
export function errorResponses(...statuses: Array<400 | 401 | 403 | 404 | 409 | 413 | 422 | 429>) {
  const descriptions: Record<number, string> = {
    400: 'Invalid request (the field is named)',
    401: 'Not logged in',
    403: 'Not allowed',
    404: 'Not found',
    409: 'Conflict',
    413: 'Request body too large',
    422: 'A domain rule was broken',
    429: 'Too many requests',
  };
  return Object.fromEntries(
    statuses.map((status) => [
      status,
      {
        description: descriptions[status] ?? 'Error',
        content: { 'application/json': { schema: errorResponseSchema } },
      },
    ]),
  ) as Record<
    number,
    { description: string; content: { 'application/json': { schema: typeof errorResponseSchema } } }
  >;
}

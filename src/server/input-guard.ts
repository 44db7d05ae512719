import type { Context, MiddlewareHandler } from 'hono';
import { AppError } from './errors.js';
import type { AppEnv } from './http.js';

/**
 * Characters no field of Sinergi may hold: NUL (PostgreSQL text cannot store it; the driver fails
 * with a 500) and UTF-16 surrogates that are not part of a pair (they cannot be encoded as UTF-8,
 * so PostgreSQL refuses them too, and they break JSON consumers).
 */
// eslint-disable-next-line no-control-regex -- NUL is exactly what this looks for.
const unsafeCharacters = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Whether a string holds a NUL or a lone surrogate. */
export function hasUnsafeCharacters(text: string): boolean {
  return unsafeCharacters.test(text);
}

/** Nesting deeper than this is refused rather than walked (no real record is nested this deep). */
const maxDepth = 64;

/**
 * Throws 400 VALIDATION_FAILED naming the first string in `value` - a value or an object key, at
 * any depth - that holds a NUL or a lone surrogate; a `File`'s name counts as a string. Nesting
 * deeper than 64 levels is refused too. `field` is the path of `value` ("body", "body.parties.0").
 */
export function assertSafeStrings(value: unknown, field: string, depth = 0): void {
  if (typeof value === 'string') {
    if (hasUnsafeCharacters(value)) throw unsafeInputError(field);
    return;
  }
  if (typeof File !== 'undefined' && value instanceof File) {
    assertSafeStrings(value.name, field, depth);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  if (depth >= maxDepth) {
    throw new AppError('VALIDATION_FAILED', `${field}: nested more than ${maxDepth} levels deep`, field, [
      { path: detailPath(field), message: 'Nested too deeply', code: 'too_deep', maximum: maxDepth },
    ]);
  }
  const entries = Array.isArray(value) ? value.entries() : Object.entries(value as Record<string, unknown>);
  for (const [key, item] of entries) {
    const itemField = field ? `${field}.${String(key)}` : String(key);
    if (typeof key === 'string' && hasUnsafeCharacters(key)) throw unsafeInputError(itemField);
    assertSafeStrings(item, itemField, depth + 1);
  }
}

/** A field as zod's issue path has it: request validation reports body fields without `body.`. */
function detailPath(field: string): string {
  return field.replace(/^body\.?/, '');
}

/** The 400 VALIDATION_FAILED for an unsafe string, in the shape of a zod validation error. */
export function unsafeInputError(field: string): AppError {
  const message = 'Contains a NUL character or broken Unicode (a lone surrogate)';
  return new AppError('VALIDATION_FAILED', `${field}: ${message}`, field, [
    { path: detailPath(field), message, code: 'invalid_characters' },
  ]);
}

function decodePathSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

const jsonContentType = /^application\/([a-z0-9.+-]+\+)?json\s*(;|$)/i;

/**
 * Refuses, at the edge and before any route, input that no database column can hold: a NUL or a
 * lone surrogate in the path, in a query parameter (name or value) or in any string of a JSON
 * body (values and keys, at any depth), and a path with malformed percent-encoding. The answer is
 * 400 VALIDATION_FAILED naming the field ("path", "q", "body.parties.0.name"). Form bodies are
 * checked by the validation hook (`createRouter`), which sees their parsed fields.
 */
export function inputGuard(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    checkPath(c);
    checkQuery(c);
    await checkJsonBody(c);
    await next();
  };
}

function checkPath(c: Context<AppEnv>) {
  const url = c.req.url;
  const start = url.indexOf('/', url.indexOf('//') + 2);
  const queryStart = url.indexOf('?', start);
  const rawPath = url.slice(start, queryStart === -1 ? undefined : queryStart);
  for (const segment of rawPath.split('/')) {
    const decoded = decodePathSegment(segment);
    if (decoded === undefined) {
      throw new AppError('VALIDATION_FAILED', 'path: malformed percent-encoding', 'path', [
        { path: 'path', message: 'Malformed percent-encoding', code: 'invalid_characters' },
      ]);
    }
    if (hasUnsafeCharacters(decoded)) throw unsafeInputError('path');
  }
}

function checkQuery(c: Context<AppEnv>) {
  for (const [name, values] of Object.entries(c.req.queries())) {
    if (hasUnsafeCharacters(name)) throw unsafeInputError('query');
    if (values.some(hasUnsafeCharacters)) throw unsafeInputError(name);
  }
}

async function checkJsonBody(c: Context<AppEnv>) {
  if (!jsonContentType.test(c.req.header('content-type') ?? '')) return;
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    // Not JSON after all: the route's validator answers INVALID_JSON (or ignores an unused body).
    return;
  }
  assertSafeStrings(body, 'body');
}

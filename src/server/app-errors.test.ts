import { HTTPException } from 'hono/http-exception';
import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable, toAppError } from './app.js';

describe('toAppError', () => {
  it('answers 503 DATABASE_UNAVAILABLE, with a wait, when the pool had no connection to give', () => {
    // node-postgres's pool error, wrapped the way Drizzle wraps a failed query.
    const poolTimeout = new Error('timeout exceeded when trying to connect');
    const wrapped = new Error('Failed query: insert into "agreements" ...', { cause: poolTimeout });
    const mapped = toAppError(wrapped);
    expect(mapped.code).toBe('DATABASE_UNAVAILABLE');
    expect(mapped.status).toBe(503);
    expect(mapped.details).toEqual({ retryAfterSeconds: 2 });
  });

  it('knows a refused, dropped or shutting-down server by its code or message', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    const adminShutdown = Object.assign(new Error('terminating connection due to administrator command'), {
      code: '57P01',
    });
    expect(isDatabaseUnavailable(refused)).toBe(true);
    expect(isDatabaseUnavailable(adminShutdown)).toBe(true);
    expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
  });

  it('keeps other failures as they were: a unique violation or a bug is INTERNAL, a framework 415 stays 415', () => {
    const unique = Object.assign(new Error('duplicate key value violates unique constraint'), {
      code: '23505',
    });
    expect(toAppError(unique).code).toBe('INTERNAL');
    expect(toAppError(new TypeError('x is undefined')).code).toBe('INTERNAL');
    expect(toAppError(new HTTPException(415)).code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });
});

import { Writable } from 'node:stream';
import { DrizzleQueryError } from 'drizzle-orm/errors';
import { describe, expect, it } from 'vitest';
import { createLogger, serializeError } from './logger.js';

const secretHash = 'scrypt$16384$8$1$c2FsdA$SECRET-HASH-VALUE';

/** A PostgreSQL error as node-postgres raises it: the row's values in `detail`. */
function uniqueViolation() {
  return Object.assign(new Error('duplicate key value violates unique constraint "users_email_unique"'), {
    code: '23505',
    constraint: 'users_email_unique',
    table: 'users',
    detail: `Key (email)=(rahasia@test.go.id) already exists. ${secretHash}`,
    where: `row ${secretHash}`,
    severity: 'ERROR',
  });
}

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      lines.push(chunk.toString());
      callback();
    },
  });
  return { lines, logger: createLogger({ LOG_LEVEL: 'info' }, stream) };
}

describe('error serialization for the log', () => {
  it('keeps the SQL and the SQLSTATE of a failed query but none of its parameters', () => {
    const error = new DrizzleQueryError(
      'insert into "users" ("email", "password_hash") values ($1, $2)',
      ['rahasia@test.go.id', secretHash],
      uniqueViolation(),
    );
    const serialized = serializeError(error);
    const text = JSON.stringify(serialized);
    expect(text).not.toContain('SECRET-HASH-VALUE');
    expect(text).not.toContain('rahasia@test.go.id');
    expect(serialized.query).toBe('insert into "users" ("email", "password_hash") values ($1, $2)');
    expect(serialized.message).toContain('insert into "users"');
    expect(serialized.stack).toMatch(
      /^Error: Failed query: insert into "users"[^]*params: \[redacted\]\n\s+at /,
    );
    expect(serialized.cause).toMatchObject({
      code: '23505',
      constraint: 'users_email_unique',
      table: 'users',
    });
  });

  it("replaces the value quoted in a data exception's message", () => {
    const error = Object.assign(new Error('invalid input syntax for type uuid: "snrg_secret-token"'), {
      code: '22P02',
    });
    expect(serializeError(error).message).toBe('invalid input syntax for type uuid: "[redacted]"');
    const undefinedTable = Object.assign(new Error('relation "users" does not exist'), { code: '42P01' });
    expect(serializeError(undefinedTable).message).toBe('relation "users" does not exist');
  });

  it('applies to every error the logger writes, under err or as the first argument', () => {
    const { lines, logger } = capture();
    const error = new DrizzleQueryError(
      'insert into "api_tokens" values ($1)',
      [secretHash],
      uniqueViolation(),
    );
    logger.error({ err: error }, 'request failed');
    logger.error(error);
    expect(lines).toHaveLength(2);
    for (const line of lines) {
      expect(line).not.toContain('SECRET-HASH-VALUE');
      expect(JSON.parse(line)).toMatchObject({ err: { query: 'insert into "api_tokens" values ($1)' } });
    }
  });
});

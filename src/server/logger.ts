import pino from 'pino';
import pinoPretty from 'pino-pretty';
import type { Config } from './config.js';

export type Logger = pino.Logger;

/**
 * The properties of an error (and of each error in its `cause` chain) that reach the log. Anything
 * else is dropped, because drivers attach the values a statement carried: Drizzle's
 * DrizzleQueryError has `params` (a new user's password hash, a new token's hash), and
 * PostgreSQL's `detail` and `where` repeat column values ("Key (email)=(...)", "Failing row
 * contains (...)"). The SQL text (`query`) and the SQLSTATE `code` are kept.
 */
const loggedErrorProperties = [
  'code',
  'errno',
  'syscall',
  'severity',
  'constraint',
  'table',
  'column',
  'schema',
  'routine',
  'query',
] as const;

/** Deeper causes than this are not followed (a cycle or an absurd chain). */
const maxCauseDepth = 5;

/** Drizzle's "Failed query: <sql>\nparams: <values>" message, without its values. */
function withoutParams(message: string): string {
  const paramsAt = message.search(/\nparams: /);
  return paramsAt === -1 ? message : `${message.slice(0, paramsAt)}\nparams: [redacted]`;
}

/**
 * A PostgreSQL data exception (SQLSTATE class 22: `invalid input syntax for type uuid: "..."`)
 * quotes the offending value in its message; the value is replaced, the rest of the message kept.
 */
export function withoutQuotedValues(message: string, code: unknown): string {
  return typeof code === 'string' && code.startsWith('22')
    ? message.replace(/"(?:[^"\\]|\\.)*"/g, '"[redacted]"')
    : message;
}

export type SerializedError = {
  type: string;
  message: string;
  stack?: string;
  cause?: SerializedError;
  [key: string]: unknown;
};

/**
 * Serializes an error for the log without the values a database statement carried: Drizzle's
 * `params` (from the property and from the message), PostgreSQL's `detail`/`where`/`hint`, values
 * quoted in a data exception's message, and every property not known to be safe. The stack is
 * rebuilt from the redacted message, since V8 copies the message into its first line.
 */
export function serializeError(error: unknown, depth = 0): SerializedError {
  if (!(error instanceof Error)) return { type: typeof error, message: String(error) };
  const source = error as Error & Record<string, unknown>;
  const message = withoutQuotedValues(withoutParams(error.message), source.code);
  const serialized: SerializedError = { type: error.constructor?.name || error.name, message };
  for (const key of loggedErrorProperties) {
    const value = source[key];
    if (typeof value === 'string' || typeof value === 'number') serialized[key] = value;
  }
  if (typeof error.stack === 'string') {
    const frames = error.stack
      .split('\n')
      .filter((line) => /^\s+at /.test(line))
      .join('\n');
    serialized.stack = `${error.name}: ${message}${frames ? `\n${frames}` : ''}`;
  }
  if (error.cause !== undefined && depth < maxCauseDepth)
    serialized.cause = serializeError(error.cause, depth + 1);
  return serialized;
}

/** Where the log lines go: standard output, or a stream in tests. */
export type LogOutput = (NodeJS.WritableStream | pino.DestinationStream) & { isTTY?: boolean };

/**
 * Whether lines are formatted for a person: always with LOG_FORMAT=pretty, and with `auto` when
 * the output is a terminal. Files, pipes and log collectors get JSON lines.
 */
export function prettyLogs(format: Config['LOG_FORMAT'], output: LogOutput): boolean {
  return format === 'pretty' || (format === 'auto' && output.isTTY === true);
}

/** One logger per process; request loggers are children carrying the request id. */
export function createLogger(
  config: Pick<Config, 'LOG_LEVEL'> & Partial<Pick<Config, 'LOG_FORMAT'>>,
  output: LogOutput = process.stdout,
): Logger {
  const options: pino.LoggerOptions = {
    level: config.LOG_LEVEL,
    base: undefined,
    serializers: { err: serializeError, error: serializeError },
    hooks: {
      // pino takes the message of an error logged on its own (`log.error(error)`) from
      // `error.message`, which holds Drizzle's parameters: use the redacted one instead.
      logMethod(args, method) {
        const [first, ...rest] = args as unknown[];
        if (first instanceof Error && typeof rest[0] !== 'string') {
          return method.apply(this, [{ err: first }, serializeError(first).message]);
        }
        return method.apply(this, args);
      },
    },
    redact: { paths: ['req.headers.cookie', 'req.headers.authorization', '*.password'], remove: true },
  };
  if (prettyLogs(config.LOG_FORMAT ?? 'auto', output)) {
    // Formatted in this thread and written synchronously, so the last lines before an exit are kept.
    const stream = pinoPretty({
      destination: output,
      sync: true,
      colorize: output.isTTY === true,
      translateTime: 'SYS:HH:MM:ss.l',
      ignore: 'pid,hostname',
    });
    return pino(options, stream);
  }
  // pino's own fast writer on standard output, as before; any other stream as given.
  return output === process.stdout ? pino(options) : pino(options, output);
}

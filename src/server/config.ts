import path from 'node:path';
import { z } from 'zod';

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Empty strings in the environment mean "not set", as in most .env tooling. */
const optionalString = z
  .string()
  .optional()
  .transform((value) => (value === undefined || value.trim() === '' ? undefined : value.trim()));

function isSmtpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'smtp:' || url.protocol === 'smtps:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/**
 * The one schema over the environment. Read once at boot (`loadConfig`); the rest of the code
 * receives the typed `Config` and never reads `process.env` itself.
 */
export const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: optionalString.pipe(
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
      .optional(),
  ),
  /**
   * PGlite's shared buffers (16MB by default, see db/client.ts): a national data set on PGlite reads
   * its lists several times faster with 128MB, at the cost of that memory held for good.
   */
  PGLITE_SHARED_BUFFERS: z
    .string()
    .regex(/^[1-9][0-9]*(kB|MB|GB)$/, 'must be a size such as 16MB or 128MB')
    .default('16MB'),
  LOG_LEVEL: z.enum(logLevels).default('info'),
  /** `auto`: readable coloured lines on a terminal, JSON lines elsewhere; `json` or `pretty` forces one. */
  LOG_FORMAT: z.enum(['auto', 'json', 'pretty']).default('auto'),
  PUBLIC_URL: optionalString.pipe(z.url({ message: 'must be an absolute URL' }).optional()),
  /** Largest accepted request body for JSON requests, in bytes. */
  MAX_JSON_BODY_BYTES: z.coerce.number().int().positive().default(1_000_000),
  /** Largest accepted upload, in bytes (documents, imports). */
  MAX_UPLOAD_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(25 * 1024 * 1024),
  /** Run background jobs in this instance; extra web instances may set it to false. */
  WORKER: z
    .enum(['true', 'false', '1', '0'])
    .default('true')
    .transform((value) => value === 'true' || value === '1'),
  /** A session ends after this many minutes without a request. */
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).default(120),
  /** A session ends this many hours after login, whatever its activity. */
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).default(12),
  /** Failed logins for one account within LOGIN_WINDOW_MINUTES before a temporary lockout. */
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
  /** Failed logins from one address within LOGIN_WINDOW_MINUTES before it is throttled. */
  LOGIN_MAX_FAILURES_PER_IP: z.coerce.number().int().min(1).default(30),
  LOGIN_WINDOW_MINUTES: z.coerce.number().int().min(1).default(15),
  /** Let "import from a URL" fetch private/loopback addresses (tests, intranet news sites). */
  INGEST_ALLOW_PRIVATE_URLS: z
    .enum(['true', 'false', '1', '0'])
    .default('false')
    .transform((value) => value === 'true' || value === '1'),
  /** Deadline for fetching an article URL, in milliseconds. */
  INGEST_FETCH_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  /** Trust X-Forwarded-* headers (set when running behind a reverse proxy / load balancer). */
  TRUST_PROXY: z
    .enum(['true', 'false', '1', '0'])
    .default('false')
    .transform((value) => value === 'true' || value === '1'),
  /**
   * How many trusted proxies stand in front of the app (with TRUST_PROXY). Each appends to
   * X-Forwarded-For what it saw, so the client is the entry this many places from the right;
   * anything further left was written by the client and is never believed.
   */
  TRUST_PROXY_HOPS: z.coerce.number().int().min(1).max(10).default(1),
  /**
   * The SMTP server e-mail notifications go through (smtp://user:pass@host:587 or smtps://...:465).
   * Unset: notifications are in-app only.
   */
  SMTP_URL: optionalString.pipe(
    z
      .string()
      .refine(
        isSmtpUrl,
        'must be an smtp:// or smtps:// URL with a host, like smtp://user:pass@mail.example.go.id:587',
      )
      .optional(),
  ),
  /** The sender of e-mail notifications. */
  MAIL_FROM: z.string().trim().min(3).default('Sinergi <noreply@sinergi.invalid>'),
  /** How often a failed job is tried again before it is left failed (visible to administrators). */
  JOB_RETRY_LIMIT: z.coerce.number().int().min(0).max(100).default(6),
  /** Seconds before the first retry; each next retry waits about twice as long (backoff). */
  JOB_RETRY_DELAY_SECONDS: z.coerce.number().int().min(1).max(86_400).default(60),
  /** How often an idle worker looks for new jobs, in seconds. */
  JOB_POLL_SECONDS: z.coerce.number().min(0.5).max(60).default(2),
  /** When the reminder sweep runs (cron, server time zone UTC); claims keep it to one reminder each. */
  REMINDER_SWEEP_CRON: z.string().trim().min(9).default('0 * * * *'),
  /**
   * When the health of every agreement is recomputed (cron, UTC): daily, just after midnight in
   * Jakarta (17:05 UTC), since time alone turns an agreement dormant or ended.
   */
  HEALTH_RECOMPUTE_CRON: z.string().trim().min(9).default('5 17 * * *'),
  /** Serve the UI's source maps (dist/web/assets/*.map); off by default, as they expose the source. */
  SERVE_SOURCE_MAPS: z
    .enum(['true', 'false', '1', '0'])
    .default('false')
    .transform((value) => value === 'true' || value === '1'),
});

export type Config = z.infer<typeof configSchema> & {
  /** Absolute path of DATA_DIR. */
  dataDir: string;
  database: 'pglite' | 'postgresql';
};

/** Raised when the environment is invalid; the message names every bad variable. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Removes the password from every URL-like part of `text` (`scheme://user:secret@host` becomes
 * `scheme://user:***@host`), so an invalid DATABASE_URL can be shown without leaking it.
 */
export function redactUrlPasswords(text: string): string {
  return text.replace(/([a-z][a-z0-9+.-]*:\/\/[^:@/\s]*):[^/\s]*@/gi, '$1:***@');
}

/** Parses the environment once. Throws `ConfigError` listing every bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? '?');
      const value = env[name];
      return `${name} (${value === undefined ? 'null' : JSON.stringify(redactUrlPasswords(value))}): ${issue.message}`;
    });
    throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
  }
  const config = parsed.data;
  return {
    ...config,
    dataDir: path.resolve(config.DATA_DIR),
    database: config.DATABASE_URL ? 'postgresql' : 'pglite',
  };
}

/**
 * Settings that work but are unsafe for the environment, worded for the start-up log. Outside
 * development a missing PUBLIC_URL means password links carry no address (the administrator's
 * browser adds its own) and HSTS depends on a trusted proxy saying the client used https.
 */
export function configWarnings(config: Config): string[] {
  const warnings: string[] = [];
  if (config.NODE_ENV !== 'development' && !config.PUBLIC_URL) {
    warnings.push(
      'PUBLIC_URL is not set: set it to the address users reach Sinergi at (https://...). It is required in production: password links and HSTS are built from it.',
    );
  }
  return warnings;
}

/**
 * The port the API listens on, for the Vite dev server's `/api` proxy (vite.config.ts). Reads PORT
 * alone, so a mistake in another variable does not stop the UI dev server; an invalid PORT falls
 * back to the default here because `sinergi serve` refuses it with a clear message anyway.
 */
export function apiPort(env: Record<string, string | undefined> = process.env): number {
  const parsed = configSchema.shape.PORT.safeParse(env.PORT);
  return parsed.success ? parsed.data : 3000;
}

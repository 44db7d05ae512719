import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import { compress } from './compression.js';
import type { Config } from './config.js';
import type { Database } from './db/client.js';
import { AppError, type ErrorBody, type ErrorCode } from './errors.js';
import { authenticate, isHttps } from './auth/middleware.js';
import { inputGuard } from './input-guard.js';
import { settleUnreadBody } from './unread-body.js';
import { visitRoutes } from './features/visits/routes.js';
import { linkRoutes } from './features/links/routes.js';
import { auditRoutes } from './features/audit/routes.js';
import { authRoutes } from './features/auth/routes.js';
import { docsRoutes } from './features/docs/routes.js';
import { ingestRoutes } from './features/ingest/routes.js';
import { createMeeting } from './features/meetings/service.js';
import { createProgram } from './features/programs/service.js';
import { createVisit } from './features/visits/service.js';
import { opdRoutes } from './features/opds/routes.js';
import { userRoutes } from './features/users/routes.js';
import { healthRoutes } from './features/health/routes.js';
import { regionRoutes } from './features/regions/routes.js';
import { organizationRoutes } from './features/organizations/routes.js';
import { officialRoutes } from './features/officials/routes.js';
import {
  documentRoutes,
  isDocumentUploadRequest,
  uploadFormOverheadBytes,
} from './features/documents/routes.js';
import { meetingRoutes } from './features/meetings/routes.js';
import { agreementRoutes } from './features/agreements/routes.js';
import { actionRoutes } from './features/actions/routes.js';
import { programRoutes } from './features/programs/routes.js';
import { evaluationRoutes } from './features/evaluations/routes.js';
import { jobRoutes } from './features/jobs/routes.js';
import { notificationRoutes } from './features/notifications/routes.js';
import { monitoringRoutes } from './features/monitoring/routes.js';
import type { AppEnv } from './http.js';
import { createJobRunner, type JobRunner } from './jobs/runner.js';
import { recomputeHealthJob } from './jobs/definitions.js';
import type { Logger } from './logger.js';
import { appVersion } from './version.js';
import { createStorage, type FileStorage } from './storage/index.js';

export type AppDeps = {
  config: Config;
  database: Database;
  logger: Logger;
  /** Folder of the built UI (index.html and assets); the UI is not served when absent. */
  webDir?: string | undefined;
  /** The job runner (started by start.ts); when absent, one that is never started is made for retries. */
  jobs?: JobRunner | undefined;
  /**
   * The file storage (start.ts builds it once at start-up from the configuration); when absent, the
   * configured provider is made here. Every feature that keeps files receives this one.
   */
  storage?: FileStorage | undefined;
};

function errorJson(error: AppError, requestIdValue: string | undefined): ErrorBody {
  return {
    error: {
      code: error.code,
      message: error.message,
      ...(error.field ? { field: error.field } : {}),
      ...(error.details !== undefined ? { details: error.details } : {}),
      ...(requestIdValue ? { requestId: requestIdValue } : {}),
    },
  };
}

/**
 * A client's X-Request-Id as we keep it: visible ASCII without spaces, at most 200 characters
 * (longer is cut), or null. It is never used as our id, only stored beside it.
 */
export function clientRequestId(header: string | undefined): string | null {
  if (!header) return null;
  const cleaned = header.replace(/[^\x21-\x7e]/g, '').slice(0, 200);
  return cleaned || null;
}

/**
 * The error code for each status a framework `HTTPException` can carry (Hono's validators answer
 * 415 for a wrong Content-Type, 400 for malformed JSON, 413 from the body limit ...). A status not
 * listed keeps its class: any other 4xx is the client's fault (400), anything else is ours (500).
 */
const httpExceptionCodes: Partial<Record<number, ErrorCode>> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  422: 'UNPROCESSABLE',
  429: 'RATE_LIMITED',
};

/**
 * Signs, anywhere in an error's cause chain, that the database could not be reached or had no
 * connection to give: node-postgres's pool waited out `connectionTimeoutMillis` (every connection busy,
 * e.g. a burst of writes queued on one lock), the server refused or dropped the connection, or it is
 * shutting down or full. These are the service's state, not a fault of the request: 503 with a wait.
 */
const databaseUnavailableMessages =
  /timeout exceeded when trying to connect|Connection terminated|connect ECONNREFUSED|the database system is (starting up|shutting down)/i;
const databaseUnavailableCodes = new Set(['ECONNREFUSED', 'ECONNRESET', '57P01', '57P02', '57P03', '53300']);
const maxCauseDepth = 5;

export function isDatabaseUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current instanceof Error && depth <= maxCauseDepth; depth += 1) {
    const code = (current as Error & { code?: unknown }).code;
    if (typeof code === 'string' && databaseUnavailableCodes.has(code)) return true;
    if (databaseUnavailableMessages.test(current.message)) return true;
    current = current.cause;
  }
  return false;
}

/** How long a client should wait before trying again when the database is busy or away. */
const databaseRetryAfterSeconds = 2;

/** Maps anything thrown by a handler or middleware to an AppError. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (isDatabaseUnavailable(error)) {
    return new AppError(
      'DATABASE_UNAVAILABLE',
      'The database is busy or unreachable; try again shortly',
      undefined,
      {
        retryAfterSeconds: databaseRetryAfterSeconds,
      },
    );
  }
  if (error instanceof HTTPException) {
    if (error.status === 400 && /json/i.test(error.message)) {
      return new AppError('INVALID_JSON', `The request body is not valid JSON: ${error.message}`, 'body');
    }
    if (error.status === 415) {
      return new AppError(
        'UNSUPPORTED_MEDIA_TYPE',
        'This route does not accept the request body in this Content-Type',
        'content-type',
      );
    }
    const code = httpExceptionCodes[error.status] ?? (error.status < 500 ? 'BAD_REQUEST' : undefined);
    if (code) return new AppError(code, error.message || `HTTP ${error.status}`);
  }
  return new AppError('INTERNAL', 'An unexpected error occurred');
}

/**
 * Assembles the Hono app: request id, logging, security headers, body limits, the feature routes,
 * the OpenAPI document and reference, the UI, and one error handler.
 */
export function createApp(deps: AppDeps) {
  const app = new OpenAPIHono<AppEnv>();

  app.use('*', async (c, next) => {
    // The id is always ours: a client's X-Request-Id is kept apart as an untrusted hint, so a
    // client cannot forge or collide with the id the log and the audit trail are keyed on.
    c.set('requestId', randomUUID());
    c.set('clientRequestId', clientRequestId(c.req.header('x-request-id')));
    c.header('X-Request-Id', c.var.requestId);
    await next();
  });
  app.use('*', settleUnreadBody());
  app.use('*', async (c, next) => {
    const log = deps.logger.child({
      requestId: c.var.requestId,
      ...(c.var.clientRequestId ? { clientRequestId: c.var.clientRequestId } : {}),
    });
    c.set('log', log);
    const started = performance.now();
    await next();
    if (c.req.path.startsWith('/api/')) {
      log.info(
        {
          method: c.req.method,
          path: c.req.path,
          status: c.res.status,
          ms: Math.round(performance.now() - started),
        },
        'request',
      );
    }
  });
  app.use('*', compress());
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
      },
      referrerPolicy: 'strict-origin-when-cross-origin',
      xContentTypeOptions: 'nosniff',
      xFrameOptions: 'DENY',
      // Set below, per request: behind a TLS proxy only the forwarded protocol tells.
      strictTransportSecurity: false,
    }),
  );
  app.use('*', async (c, next) => {
    await next();
    // HSTS over plain http would be ignored by browsers, and is wrong for a direct http install.
    if (isHttps(c, deps.config)) c.header('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    // Account answers carry CSRF tokens, API token secrets and session lists: never store them.
    if (c.req.path.startsWith('/api/auth/') || c.req.path.startsWith('/api/users')) {
      c.header('Cache-Control', 'no-store');
    }
  });
  const limitBody = (maxSize: number) =>
    bodyLimit({
      maxSize,
      onError: () => {
        throw new AppError('PAYLOAD_TOO_LARGE', `The request body exceeds ${maxSize} bytes`);
      },
    });
  const jsonBodyLimit = limitBody(deps.config.MAX_JSON_BODY_BYTES);
  // Document uploads are streamed to disk, never buffered (hono's bodyLimit holds a body without
  // Content-Length in memory): here only a declared length over the cap is refused at once; the
  // upload route counts the bytes as it reads them (upload-receiver.ts).
  const maxUploadBodyBytes = deps.config.MAX_UPLOAD_BYTES + uploadFormOverheadBytes;
  // Only requests that carry a body: asking a GET for its body builds a full Request object, which
  // was a tenth of the time of a region read.
  const bodyless = new Set(['GET', 'HEAD', 'OPTIONS']);
  app.use('/api/*', (c, next) => {
    if (bodyless.has(c.req.method)) return next();
    if (!isDocumentUploadRequest(c.req.method, c.req.path)) return jsonBodyLimit(c, next);
    if (Number(c.req.header('content-length') ?? 0) > maxUploadBodyBytes) {
      throw new AppError('PAYLOAD_TOO_LARGE', `The request body exceeds ${maxUploadBodyBytes} bytes`);
    }
    return next();
  });

  app.use('/api/*', authenticate({ database: deps.database, config: deps.config }));
  app.use('/api/*', inputGuard());

  const openApiConfig = {
    openapi: '3.1.0',
    info: {
      title: 'Sinergi API',
      version: appVersion,
      description:
        'Sistem Informasi Kerja Sama Daerah: regions, cooperation agreements and their follow-up. ' +
        'Errors are {"error":{"code","message","field?","requestId"}} with a stable code.',
    },
  };
  app.route('/', healthRoutes({ database: deps.database }));
  app.route('/', regionRoutes());
  app.route('/', organizationRoutes({ db: deps.database.db }));
  app.route('/', officialRoutes({ db: deps.database.db }));
  const jobs = deps.jobs ?? createJobRunner(deps);
  const storage = deps.storage ?? createStorage(deps.config);
  app.route(
    '/',
    agreementRoutes({
      db: deps.database.db,
      // New thresholds change the health of agreements: recompute them all, in a job.
      onRulesChanged: async () => {
        try {
          await jobs.send(recomputeHealthJob, {});
        } catch (error) {
          deps.logger.warn({ err: error }, 'could not queue the health recompute; the daily run will');
        }
      },
    }),
  );
  app.route('/', documentRoutes({ db: deps.database.db, config: deps.config, storage }));
  app.route('/', actionRoutes({ db: deps.database.db }));
  app.route('/', programRoutes({ db: deps.database.db }));
  app.route('/', evaluationRoutes({ db: deps.database.db }));
  app.route('/', meetingRoutes({ db: deps.database.db }));
  app.route('/', authRoutes({ db: deps.database.db, config: deps.config, logger: deps.logger }));
  app.route('/', userRoutes({ db: deps.database.db, config: deps.config }));
  app.route('/', opdRoutes({ db: deps.database.db }));
  app.route('/', auditRoutes({ db: deps.database.db }));
  app.route('/', visitRoutes({ db: deps.database.db }));
  app.route('/', linkRoutes({ db: deps.database.db }));
  app.route(
    '/',
    ingestRoutes({
      config: deps.config,
      db: deps.database.db,
      // An article saved as a visit or a meeting goes through those features' own rules and audit.
      writers: {
        createVisit: (db, ctx, input) => createVisit(db, ctx, { ...input, published: false }),
        createMeeting: (db, ctx, input) => createMeeting(db, ctx, { ...input, published: false }),
        createProgram: (db, ctx, input) => createProgram(db, ctx, input),
      },
    }),
  );
  app.route('/', notificationRoutes({ db: deps.database.db }));
  app.route('/', jobRoutes({ db: deps.database.db, jobs }));
  app.route('/', ingestRoutes({ config: deps.config, db: deps.database.db }));
  app.route('/', monitoringRoutes({ db: deps.database.db }));
  app.route('/', docsRoutes({ document: () => app.getOpenAPI31Document(openApiConfig) }));

  app.openAPIRegistry.registerComponent('securitySchemes', 'session', {
    type: 'apiKey',
    in: 'cookie',
    name: 'sinergi_session',
    description: 'Session cookie from POST /api/auth/login; writes also need the X-CSRF-Token header',
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
    description: 'API token (snrg_...) created on the profile page',
  });
  app.doc31('/api/openapi.json', openApiConfig);

  app.all('/api/*', (c) => {
    throw new AppError('ROUTE_NOT_FOUND', `No API route ${c.req.method} ${c.req.path}`);
  });

  const webDir = deps.webDir;
  if (webDir && fs.existsSync(path.join(webDir, 'index.html'))) {
    const indexPath = path.join(webDir, 'index.html');
    // Re-read when the build changes (npm run build while the server runs), else serve the cached copy.
    let cached = { mtimeMs: -1, html: '' };
    const indexHtml = () => {
      const mtimeMs = fs.statSync(indexPath, { throwIfNoEntry: false })?.mtimeMs ?? 0;
      if (mtimeMs !== cached.mtimeMs) cached = { mtimeMs, html: fs.readFileSync(indexPath, 'utf8') };
      return cached.html;
    };
    // Source maps publish the UI's source: only when asked for (the build still writes them).
    // The build manifest (.vite/) is for `npm run bench`, not for browsers.
    const hidden = (pathname: string) =>
      pathname.startsWith('/.vite/') || (!deps.config.SERVE_SOURCE_MAPS && pathname.endsWith('.map'));
    app.use('*', async (c, next) => (hidden(c.req.path) ? c.notFound() : next()));
    app.use('/assets/*', async (c, next) => {
      await next();
      if (c.res.status === 200) c.header('Cache-Control', 'public, max-age=31536000, immutable');
    });
    // The build writes .br and .gz beside every compressible asset (scripts/precompress.ts).
    app.use('*', serveStatic({ root: webDir, precompressed: true }));
    // Any other path is a client-side route of the single-page UI.
    app.get('*', (c) => c.html(indexHtml()));
  } else {
    app.get('*', (c) =>
      c.text('The Sinergi UI is not built. Run `npm run build` (npm start does it for you).', 503),
    );
  }

  app.notFound((c) => c.json(errorJson(new AppError('NOT_FOUND', 'Not found'), c.var.requestId), 404));
  app.onError((error, c) => {
    const appError = toAppError(error);
    if (appError.status >= 500) c.var.log?.error({ err: error }, 'request failed');
    const retryAfter = (appError.details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
    if ((appError.status === 429 || appError.status === 503) && typeof retryAfter === 'number')
      c.header('Retry-After', String(retryAfter));
    return c.json(errorJson(appError, c.var.requestId), appError.status as 400);
  });
  return app;
}

export type App = ReturnType<typeof createApp>;

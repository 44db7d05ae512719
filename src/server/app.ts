import fs from 'node:fs';
import path from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import type { Config } from './config.js';
import type { Database } from './db/client.js';
import { AppError, type ErrorBody } from './errors.js';
import { authenticate } from './auth/middleware.js';
import { auditRoutes } from './features/audit/routes.js';
import { authRoutes } from './features/auth/routes.js';
import { docsRoutes } from './features/docs/routes.js';
import { ingestRoutes } from './features/ingest/routes.js';
import { opdRoutes } from './features/opds/routes.js';
import { userRoutes } from './features/users/routes.js';
import { healthRoutes } from './features/health/routes.js';
import { regionRoutes } from './features/regions/routes.js';
import { organizationRoutes } from './features/organizations/routes.js';
import { officialRoutes } from './features/officials/routes.js';
import { isDocumentUploadRequest, uploadFormOverheadBytes } from './features/agreements/documents.routes.js';
import { agreementRoutes } from './features/agreements/routes.js';
import type { AppEnv } from './http.js';
import type { Logger } from './logger.js';
import { appVersion } from './version.js';

export type AppDeps = {
  config: Config;
  database: Database;
  logger: Logger;
  /** Folder of the built UI (index.html and assets); the UI is not served when absent. */
  webDir?: string | undefined;
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

/** Maps anything thrown by a handler or middleware to an AppError. */
function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof HTTPException) {
    if (error.status === 413) return new AppError('PAYLOAD_TOO_LARGE', 'The request body is too large');
    if (error.status === 400 && /json/i.test(error.message)) {
      return new AppError('INVALID_JSON', `The request body is not valid JSON: ${error.message}`, 'body');
    }
    if (error.status === 400) return new AppError('BAD_REQUEST', error.message || 'Bad request');
    if (error.status === 401) return new AppError('UNAUTHENTICATED', error.message || 'Not logged in');
    if (error.status === 403) return new AppError('FORBIDDEN', error.message || 'Not allowed');
    if (error.status === 404) return new AppError('NOT_FOUND', error.message || 'Not found');
  }
  return new AppError('INTERNAL', 'An unexpected error occurred');
}

/**
 * Assembles the Hono app: request id, logging, security headers, body limits, the feature routes,
 * the OpenAPI document and reference, the UI, and one error handler.
 */
export function createApp(deps: AppDeps) {
  const app = new OpenAPIHono<AppEnv>();

  app.use('*', requestId({ headerName: 'X-Request-Id' }));
  app.use('*', async (c, next) => {
    const log = deps.logger.child({ requestId: c.var.requestId });
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
      strictTransportSecurity: deps.config.PUBLIC_URL?.startsWith('https:')
        ? 'max-age=31536000; includeSubDomains'
        : false,
    }),
  );
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
  app.use('/api/*', (c, next) => {
    if (!isDocumentUploadRequest(c.req.method, c.req.path)) return jsonBodyLimit(c, next);
    if (Number(c.req.header('content-length') ?? 0) > maxUploadBodyBytes) {
      throw new AppError('PAYLOAD_TOO_LARGE', `The request body exceeds ${maxUploadBodyBytes} bytes`);
    }
    return next();
  });

  app.use('/api/*', authenticate({ database: deps.database, config: deps.config }));

  app.route('/', healthRoutes({ database: deps.database }));
  app.route('/', regionRoutes({ db: deps.database.db }));
  app.route('/', organizationRoutes({ db: deps.database.db }));
  app.route('/', officialRoutes({ db: deps.database.db }));
  app.route('/', agreementRoutes({ db: deps.database.db, config: deps.config }));
  app.route('/', authRoutes({ db: deps.database.db, config: deps.config, logger: deps.logger }));
  app.route('/', userRoutes({ db: deps.database.db, config: deps.config }));
  app.route('/', opdRoutes({ db: deps.database.db }));
  app.route('/', auditRoutes({ db: deps.database.db }));
  app.route('/', ingestRoutes({ config: deps.config, db: deps.database.db }));
  app.route('/', docsRoutes());

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
  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Sinergi API',
      version: appVersion,
      description:
        'Sistem Informasi Kerja Sama Daerah: regions, cooperation agreements and their follow-up. ' +
        'Errors are {"error":{"code","message","field?","requestId"}} with a stable code.',
    },
  });

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
    app.use('/assets/*', async (c, next) => {
      await next();
      if (c.res.status === 200) c.header('Cache-Control', 'public, max-age=31536000, immutable');
    });
    app.use('*', serveStatic({ root: webDir }));
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
    return c.json(errorJson(appError, c.var.requestId), appError.status as 400);
  });
  return app;
}

export type App = ReturnType<typeof createApp>;

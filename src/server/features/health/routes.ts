import { z } from '@hono/zod-openapi';
import type { Database } from '../../db/client.js';
import { countAppliedMigrations } from '../../db/migrate.js';
import { AppError } from '../../errors.js';
import { createRouter, defineRoute, errorResponses } from '../../http.js';
import { appVersion } from '../../version.js';

const healthRoute = defineRoute({
  access: 'public',
  method: 'get',
  path: '/api/health',
  tags: ['System'],
  summary: 'Liveness and database status',
  responses: {
    200: {
      description: 'The app and its database answer',
      content: {
        'application/json': {
          schema: z
            .object({
              status: z.literal('ok'),
              database: z.enum(['pglite', 'postgresql']),
              version: z.string(),
              migrations: z.number().int(),
            })
            .openapi('Health'),
        },
      },
    },
    ...errorResponses(),
  },
});

export function healthRoutes(deps: { database: Database }) {
  const router = createRouter();
  router.openapi(healthRoute, async (c) => {
    let migrations: number;
    try {
      migrations = await countAppliedMigrations(deps.database);
    } catch (error) {
      c.var.log.error({ err: error }, 'health check: database query failed');
      throw new AppError('DATABASE_UNAVAILABLE', 'The database does not answer');
    }
    return c.json(
      { status: 'ok' as const, database: deps.database.kind, version: appVersion, migrations },
      200,
    );
  });
  return router;
}

/**
 * The agreement rule settings (durations, DPRD conditions, checklists, required documents): read by
 * every user, replaced by a settings manager.
 */
import { z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Db } from '../../db/client.js';
import { defineRoute, errorResponses, requestContext, requireUser, type AppEnv } from '../../http.js';
import { agreementRulesSchema } from '../../../domain/agreements/index.js';
import { getRules, putRules } from './rules.service.js';
import { json } from './schemas.js';

const rulesResponse = z
  .object({
    rules: agreementRulesSchema.describe('The rule set in force (defaults with overrides)'),
    overrides: z.record(z.string(), z.unknown()),
    defaults: agreementRulesSchema,
    updatedAt: z.string().nullable(),
  })
  .openapi('AgreementRules');

const getRulesRoute = defineRoute({
  access: 'authenticated',
  method: 'get',
  path: '/api/settings/agreement-rules',
  tags: ['Settings'],
  summary: 'The agreement rules (durations, DPRD conditions, checklists, required documents)',
  responses: { 200: { description: 'Rules', ...json(rulesResponse) }, ...errorResponses(401) },
});

const putRulesRoute = defineRoute({
  access: { permission: 'settings:manage' },
  method: 'put',
  path: '/api/settings/agreement-rules',
  tags: ['Settings'],
  summary: 'Replace the overrides of the agreement rules (any subset of the rule set)',
  request: {
    body: {
      ...json(
        z.record(z.string(), z.unknown()).openapi({ description: 'Keys of the rule set (see defaults)' }),
      ),
      required: true,
    },
  },
  responses: { 200: { description: 'Rules', ...json(rulesResponse) }, ...errorResponses(400, 401, 403) },
});

/** Registers the rule settings; `onRulesChanged` runs once new rules are saved. */
export function registerRulesRoutes(
  router: OpenAPIHono<AppEnv>,
  deps: { db: Db; onRulesChanged?: (() => Promise<void>) | undefined },
) {
  const { db } = deps;
  router.openapi(getRulesRoute, async (c) => c.json(await getRules(db), 200));
  router.openapi(putRulesRoute, async (c) => {
    const rules = await putRules(db, { ...requestContext(c), actor: requireUser(c) }, c.req.valid('json'));
    await deps.onRulesChanged?.();
    return c.json(rules, 200);
  });
}

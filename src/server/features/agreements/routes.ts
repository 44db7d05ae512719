/**
 * The HTTP routes of agreements: entering, reading, changing, deleting and restoring one, its
 * lifecycle steps and each party's confirmation, with the pending changes of a shared record. The
 * list (list.routes.ts) and the rule settings (rules.routes.ts) register on the same router; documents
 * are a feature of their own (features/documents). The contract's schemas are in schemas.ts.
 */
import { agreementSubject } from './pending-changes.service.js';
import { deletionResponses, pendingChangeRoutes, registerPendingChangeRoutes } from '../consent/routes.js';
import { z } from '@hono/zod-openapi';
import type { Db } from '../../db/client.js';
import { AppError } from '../../errors.js';
import { createRouter, defineRoute, errorResponses, requestContext, requireUser } from '../../http.js';
import { stages } from '../../../domain/agreements/index.js';
import { registerListRoutes } from './list.routes.js';
import { registerRulesRoutes } from './rules.routes.js';
import {
  booleanQuery,
  confirmationsSchema,
  createBody,
  date,
  detailPartySchema,
  detailSchema,
  idParam,
  json,
  patchBody,
  savedSchema,
} from './schemas.js';
import { confirmAgreement } from './confirmation.service.js';
import { createAgreement } from './create.service.js';
import { deleteAgreement, restoreAgreement } from './delete.service.js';
import { transitionAgreement } from './lifecycle.service.js';
import { getAgreement } from './read.service.js';
import { updateAgreement, type PatchInput } from './update.service.js';

const createRouteDef = defineRoute({
  access: { permission: 'agreement:create' },
  method: 'post',
  path: '/api/agreements',
  tags: ['Agreements'],
  summary: 'Enter an agreement (your region must be a party)',
  description:
    'Rules are checked on save: errors answer 422 RULE_VIOLATION with details: Issue[]; warnings come back ' +
    'in `warnings`. A suspected duplicate answers 409 DUPLICATE_SUSPECTED with details.candidates unless ?force=true.',
  request: {
    query: z.object({ force: booleanQuery.openapi({ type: 'boolean' }) }),
    body: { ...json(createBody), required: true },
  },
  responses: {
    201: { description: 'Created', ...json(savedSchema) },
    ...errorResponses(400, 401, 403, 409, 422),
  },
});

const detailRoute = defineRoute({
  access: 'public',
  method: 'get',
  path: '/api/agreements/{id}',
  tags: ['Agreements'],
  summary: 'One agreement with parties, family, timeline, documents, checklist, warnings and next steps',
  request: { params: idParam },
  responses: {
    200: { description: 'The agreement (ETag: its version)', ...json(detailSchema) },
    ...errorResponses(400, 404),
  },
});

const patchRoute = defineRoute({
  access: { permission: 'agreement:update' },
  method: 'patch',
  path: '/api/agreements/{id}',
  tags: ['Agreements'],
  summary: 'Change an agreement (optimistic locking: version in the body or If-Match)',
  description:
    'Fields absent from the body keep their stored value. A stale version answers 409 VERSION_CONFLICT with ' +
    'details {currentVersion, current, changedFields, changes}: changes lists each field changed since the ' +
    "client's version with its value then (from) and now (to).",
  request: {
    params: idParam,
    headers: z.object({ 'if-match': z.string().max(40).optional() }),
    body: { ...json(patchBody), required: true },
  },
  responses: {
    200: { description: 'Saved', ...json(savedSchema) },
    ...errorResponses(400, 401, 403, 404, 409, 422),
  },
});

const deleteRoute = defineRoute({
  access: { permission: 'agreement:delete' },
  method: 'delete',
  path: '/api/agreements/{id}',
  tags: ['Agreements'],
  summary: 'Soft-delete an agreement (an administrator can restore it)',
  description:
    'An agreement with party regions besides yours is not deleted at once: the deletion becomes a pending ' +
    'change (202) that every other party region confirms or rejects (decision 009).',
  request: { params: idParam },
  responses: {
    200: deletionResponses[200],
    202: deletionResponses[202],
    ...errorResponses(400, 401, 403, 404),
  },
});

const restoreRoute = defineRoute({
  access: { permission: 'agreement:restore' },
  method: 'post',
  path: '/api/agreements/{id}/restore',
  tags: ['Agreements'],
  summary: 'Restore a deleted agreement',
  request: { params: idParam },
  responses: {
    200: { description: 'Restored', ...json(detailSchema) },
    ...errorResponses(400, 401, 403, 404),
  },
});

const transitionRoute = defineRoute({
  access: { permission: 'agreement:transition' },
  method: 'post',
  path: '/api/agreements/{id}/transitions',
  tags: ['Agreements'],
  summary: 'Move an agreement to the next stage of its lifecycle',
  description:
    'The guard (role, data, documents) is the domain lifecycle; unmet requirements answer 422 ' +
    'TRANSITION_NOT_ALLOWED with details: Requirement[].',
  request: {
    params: idParam,
    body: {
      ...json(
        z.object({
          toStage: z.enum(stages),
          date,
          note: z.string().trim().max(2000).nullable().optional(),
          reason: z.string().trim().max(2000).nullable().optional().openapi({ description: 'For diakhiri' }),
          version: z.number().int().min(1).optional(),
        }),
      ),
      required: true,
    },
  },
  responses: {
    200: { description: 'Moved', ...json(detailSchema) },
    ...errorResponses(400, 401, 403, 404, 409, 422),
  },
});

const confirmRoute = defineRoute({
  access: { permission: 'agreement:confirm' },
  method: 'post',
  path: '/api/agreements/{id}/confirm',
  tags: ['Agreements'],
  summary: "Confirm your region's side of a shared agreement (also: join a partner's record)",
  request: { params: idParam },
  responses: {
    200: {
      description: 'Confirmations',
      ...json(
        z.object({
          confirmations: confirmationsSchema,
          pendingConfirmations: z.array(z.string()),
          parties: z.array(detailPartySchema),
        }),
      ),
    },
    ...errorResponses(400, 401, 403, 404),
  },
});

const changeRoutes = pendingChangeRoutes({
  basePath: '/api/agreements',
  label: 'agreement',
  tag: 'Agreements',
  permission: 'agreement:confirm',
  detailSchema,
});

/** Parses If-Match: `"3"`, `W/"3"` or `3`. */
function versionFromIfMatch(header: string | undefined): number | undefined {
  if (!header) return undefined;
  const match = /^(?:W\/)?"?(\d+)"?$/.exec(header.trim());
  if (!match)
    throw new AppError('VALIDATION_FAILED', 'If-Match must carry the version, e.g. "3"', 'if-match');
  return Number(match[1]);
}
/** Agreements and the agreement rule settings (their documents: features/documents). */
export function agreementRoutes(deps: {
  db: Db;
  /** Called once new rules are saved (the app queues the recompute of every agreement's health). */
  onRulesChanged?: () => Promise<void>;
}) {
  const { db } = deps;
  const router = createRouter();
  const writeContext = (c: Parameters<typeof requestContext>[0]) => ({
    ...requestContext(c),
    actor: requireUser(c),
  });

  registerListRoutes(router, db);

  router.openapi(createRouteDef, async (c) => {
    const body = c.req.valid('json');
    const result = await createAgreement(db, writeContext(c), body as never, {
      force: c.req.valid('query').force === true,
    });
    c.header('ETag', `"${result.version}"`);
    c.header('Location', `/api/agreements/${result.id}`);
    return c.json(result as never, 201);
  });

  router.openapi(detailRoute, async (c) => {
    const detail = await getAgreement(db, c.var.actor, c.req.valid('param').id);
    c.header('ETag', `"${detail.version}"`);
    c.header('Cache-Control', 'private, no-cache');
    return c.json(detail as never, 200);
  });

  router.openapi(patchRoute, async (c) => {
    const { version: bodyVersion, ...patch } = c.req.valid('json');
    const version = bodyVersion ?? versionFromIfMatch(c.req.valid('header')['if-match']);
    if (version === undefined) {
      throw new AppError(
        'VALIDATION_FAILED',
        'Send the version you edited (body.version or If-Match)',
        'body.version',
      );
    }
    const result = await updateAgreement(
      db,
      writeContext(c),
      c.req.valid('param').id,
      patch as PatchInput,
      version,
    );
    c.header('ETag', `"${result.version}"`);
    return c.json(result as never, 200);
  });

  router.openapi(deleteRoute, async (c) => {
    const result = await deleteAgreement(db, writeContext(c), c.req.valid('param').id);
    return result.ok ? c.json(result, 200) : c.json(result, 202);
  });

  router.openapi(restoreRoute, async (c) =>
    c.json((await restoreAgreement(db, writeContext(c), c.req.valid('param').id)) as never, 200),
  );

  router.openapi(transitionRoute, async (c) =>
    c.json(
      (await transitionAgreement(db, writeContext(c), c.req.valid('param').id, c.req.valid('json'))) as never,
      200,
    ),
  );

  router.openapi(confirmRoute, async (c) =>
    c.json((await confirmAgreement(db, writeContext(c), c.req.valid('param').id)) as never, 200),
  );

  registerPendingChangeRoutes(router, db, changeRoutes, agreementSubject, getAgreement);

  registerRulesRoutes(router, { db, onRulesChanged: deps.onRulesChanged });

  return router;
}

import { z } from '@hono/zod-openapi';
import { extractionResultSchema } from '../../../extract/index.js';
import type { Config } from '../../config.js';
import { createRouter, defineRoute, errorResponses } from '../../http.js';
import { extractDraft } from './service.js';

const json = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } } });

const extractRoute = defineRoute({
  access: { permission: 'ingest:extract' },
  method: 'post',
  path: '/api/extract',
  tags: ['Ingest'],
  summary: 'Read a news article or press release (text, HTML or a URL) and propose a draft record',
  request: {
    body: {
      ...json(
        z
          .object({
            text: z
              .string()
              .max(900_000)
              .optional()
              .openapi({ description: 'Plain text or HTML of the article' }),
            url: z.string().url().max(2000).optional(),
            publishedAt: z
              .string()
              .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD')
              .optional()
              .openapi({ description: 'Publication date, to complete dates without a year' }),
          })
          .refine((body) => Boolean(body.text) !== Boolean(body.url), {
            message: 'give either text or url',
            path: ['text'],
          }),
      ),
      required: true,
    },
  },
  responses: {
    200: {
      description: 'The draft, every field with its evidence (sentence and character span in result.text)',
      ...json(
        z.object({
          source: z.object({
            url: z.string().nullable(),
            finalUrl: z.string().nullable(),
            kind: z.enum(['text', 'html', 'url']),
          }),
          result: extractionResultSchema,
        }),
      ),
    },
    ...errorResponses(400, 401, 403, 413, 422),
  },
});

export function ingestRoutes(deps: { config: Config }) {
  const router = createRouter();
  router.openapi(extractRoute, async (c) =>
    c.json(await extractDraft(deps.config, c.req.valid('json')), 200),
  );
  return router;
}

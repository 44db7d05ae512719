import { z } from '@hono/zod-openapi';
import { regionLevels } from '../../../domain/regions/region.js';
import { createRouter, defineRoute, errorResponses, orNull } from '../../http.js';
import { referenceCache } from '../../reference-cache.js';
import { getRegion, getRegionGeometry, listRegions, resolveRegionText } from './service.js';

export const regionSchema = z
  .object({
    code: z.string().openapi({ example: '32.75' }),
    name: z.string().openapi({ example: 'Kota Bekasi' }),
    level: z.enum(regionLevels),
    provinceCode: z.string().nullable().openapi({ example: '32' }),
    provinceName: z.string().nullable().openapi({ example: 'Jawa Barat' }),
    autonomous: z.boolean().openapi({ description: 'False for DKI Jakarta administrative kota/kabupaten' }),
    lat: z.number(),
    lng: z.number(),
  })
  .openapi('Region');

const regionDetailSchema = regionSchema
  .extend({ province: orNull(regionSchema), children: z.array(regionSchema) })
  .openapi('RegionDetail');

const listQuery = z.object({
  q: z
    .string()
    .max(200)
    .optional()
    .openapi({ description: 'Name, alias or code; typo tolerant', example: 'Bekasi' }),
  level: z.enum(regionLevels).optional(),
  province: z
    .string()
    .regex(/^\d{2}$/, 'must be a two-digit province code')
    .optional()
    .openapi({ example: '32' }),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

const codeParam = z.object({
  code: z
    .string()
    .max(20)
    .openapi({ param: { name: 'code', in: 'path' }, example: '32.75' }),
});

const listRoute = defineRoute({
  access: 'public',
  method: 'get',
  path: '/api/regions',
  tags: ['Regions'],
  summary: 'Search the 552 regions (provinsi, kabupaten, kota)',
  request: { query: listQuery },
  responses: {
    200: {
      description: 'A page of regions',
      content: {
        'application/json': {
          schema: z.object({
            items: z.array(regionSchema),
            total: z.number().int(),
            page: z.number().int(),
            pageSize: z.number().int(),
          }),
        },
      },
    },
    ...errorResponses(400),
  },
});

const resolveRoute = defineRoute({
  access: 'public',
  method: 'get',
  path: '/api/regions/resolve',
  tags: ['Regions'],
  summary: 'Resolve a name ("Pemkab Bekasi", "Jabar", "Malang") to a region or candidates',
  request: { query: z.object({ text: z.string().min(1).max(500).openapi({ example: 'Pemkot Malang' }) }) },
  responses: {
    200: {
      description: 'The resolution',
      content: {
        'application/json': {
          schema: z.object({
            status: z.enum(['resolved', 'ambiguous', 'not_found']),
            normalized: z.string(),
            region: orNull(regionSchema),
            candidates: z.array(regionSchema),
          }),
        },
      },
    },
    ...errorResponses(400),
  },
});

const detailRoute = defineRoute({
  access: 'public',
  method: 'get',
  path: '/api/regions/{code}',
  tags: ['Regions'],
  summary: 'One region with its province and kabupaten/kota',
  request: { params: codeParam },
  responses: {
    200: { description: 'The region', content: { 'application/json': { schema: regionDetailSchema } } },
    ...errorResponses(404),
  },
});

const geometryRoute = defineRoute({
  access: 'public',
  method: 'get',
  path: '/api/regions/{code}/geometry',
  tags: ['Regions'],
  summary: 'The simplified boundary of a region as a GeoJSON Feature',
  request: { params: codeParam },
  responses: {
    200: {
      description: 'GeoJSON Feature',
      content: {
        'application/json': {
          schema: z.object({
            type: z.literal('Feature'),
            properties: z.object({ code: z.string(), name: z.string(), level: z.string() }),
            geometry: z.object({
              type: z.enum(['Polygon', 'MultiPolygon']),
              coordinates: z.array(z.unknown()),
            }),
          }),
        },
      },
    },
    ...errorResponses(404),
  },
});

/**
 * Public, read-only region routes. Regions are reference data shipped with the code: they are read
 * from memory, and each URL's answer is kept with a strong ETag (`referenceCache`), so a region read
 * touches neither the database nor, after the first time, the handler.
 */
export function regionRoutes() {
  const router = createRouter();
  // Only these routes' answers are reference data: other features serve paths under /api/regions/
  // too (a region's good practices), whose answers depend on the reader and must never be shared.
  const cache = referenceCache({ cacheControl: 'public, max-age=86400' });
  for (const path of [
    '/api/regions',
    '/api/regions/resolve',
    '/api/regions/:code',
    '/api/regions/:code/geometry',
  ])
    router.use(path, cache);
  router.openapi(listRoute, (c) => c.json(listRegions(c.req.valid('query')), 200));
  // Registered before /{code} so "resolve" is not taken for a code.
  router.openapi(resolveRoute, (c) => c.json(resolveRegionText(c.req.valid('query').text), 200));
  router.openapi(detailRoute, (c) => c.json(getRegion(c.req.valid('param').code), 200));
  router.openapi(geometryRoute, async (c) => c.json(await getRegionGeometry(c.req.valid('param').code), 200));
  return router;
}

import { Readable } from 'node:stream';
import { z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Config } from '../../config.js';
import type { Db } from '../../db/client.js';
import {
  defineRoute,
  errorResponses,
  errorResponseSchema,
  requestContext,
  requireUser,
  type AppEnv,
} from '../../http.js';
import type { FileStorage } from '../../storage/index.js';
import { documentKinds } from '../../../domain/agreements/kinds.js';
import { downloadDocument, listDocuments, uploadDocument } from './documents.service.js';

const uploadPath = /^\/api\/agreements\/[^/]+\/documents\/?$/;

/** Whether a request is a document upload, which has its own body size limit (MAX_UPLOAD_BYTES). */
export function isDocumentUploadRequest(method: string, path: string): boolean {
  return method.toUpperCase() === 'POST' && uploadPath.test(path);
}

const json = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } } });
const agreementIdParam = z
  .string()
  .uuid('must be an agreement id')
  .openapi({ param: { name: 'id', in: 'path' } });

export const documentVersionSchema = z
  .object({
    version: z.number().int(),
    fileName: z.string(),
    contentType: z.string(),
    sizeBytes: z.number().int(),
    sha256: z.string(),
    hasText: z.boolean().openapi({ description: 'Text was extracted (PDF) and feeds search' }),
    note: z.string().nullable(),
    createdBy: z.string().nullable(),
    createdAt: z.string(),
    downloadUrl: z.string(),
  })
  .openapi('AgreementDocumentVersion');

export const documentSchema = z
  .object({
    id: z.string().uuid(),
    kind: z.enum(documentKinds),
    title: z.string(),
    createdAt: z.string(),
    latestVersion: z.number().int(),
    versions: z.array(documentVersionSchema),
  })
  .openapi('AgreementDocument');

const uploadForm = z.object({
  file: z
    .instanceof(File, { message: 'must be a file' })
    .openapi({ type: 'string', format: 'binary', description: 'PDF, DOCX, PNG or JPEG (judged by content)' }),
  kind: z.enum(documentKinds),
  title: z.string().trim().min(1).max(300),
  documentId: z
    .string()
    .uuid()
    .optional()
    .openapi({ description: 'Add the file as the next version of this document' }),
  note: z.string().trim().max(1000).optional(),
});

const uploadRoute = defineRoute({
  access: { permission: 'document:upload' },
  method: 'post',
  path: '/api/agreements/{id}/documents',
  tags: ['Agreement documents'],
  summary: 'Upload a document (or a new version of one) to an agreement',
  description:
    'Multipart form. The size is capped by MAX_UPLOAD_BYTES while the body is read (413 PAYLOAD_TOO_LARGE); ' +
    'the type is judged by content, not name: PDF, DOCX, PNG, JPEG only (415 FILE_TYPE_NOT_ALLOWED).',
  request: {
    params: z.object({ id: agreementIdParam }),
    body: { content: { 'multipart/form-data': { schema: uploadForm } }, required: true },
  },
  responses: {
    201: {
      description: 'Stored',
      ...json(
        z.object({
          id: z.string().uuid(),
          kind: z.enum(documentKinds),
          title: z.string(),
          version: documentVersionSchema,
        }),
      ),
    },
    415: {
      description: 'The content is not PDF, DOCX, PNG or JPEG (FILE_TYPE_NOT_ALLOWED)',
      ...json(errorResponseSchema),
    },
    ...errorResponses(400, 401, 403, 404, 413),
  },
});

const listRoute = defineRoute({
  access: { permission: 'document:read' },
  method: 'get',
  path: '/api/agreements/{id}/documents',
  tags: ['Agreement documents'],
  summary: 'The documents of an agreement with their versions',
  request: { params: z.object({ id: agreementIdParam }) },
  responses: {
    200: { description: 'Documents', ...json(z.object({ items: z.array(documentSchema) })) },
    ...errorResponses(400, 401, 404),
  },
});

const downloadRoute = defineRoute({
  access: { permission: 'document:read' },
  method: 'get',
  path: '/api/agreements/{id}/documents/{documentId}/versions/{version}/file',
  tags: ['Agreement documents'],
  summary: 'Download one version of a document (for who may read the agreement)',
  request: {
    params: z.object({
      id: agreementIdParam,
      documentId: z
        .string()
        .uuid('must be a document id')
        .openapi({ param: { name: 'documentId', in: 'path' } }),
      version: z.coerce
        .number()
        .int()
        .min(1)
        .openapi({ param: { name: 'version', in: 'path' } }),
    }),
  },
  responses: {
    200: {
      description: 'The file',
      content: { 'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) } },
    },
    ...errorResponses(400, 401, 404),
  },
});

/** Registers the document routes on the agreements router. */
export function registerDocumentRoutes(
  router: OpenAPIHono<AppEnv>,
  deps: { db: Db; config: Config; storage: FileStorage },
) {
  const { db, storage } = deps;
  router.openapi(uploadRoute, async (c) => {
    const form = c.req.valid('form');
    const result = await uploadDocument(
      db,
      storage,
      { maxUploadBytes: deps.config.MAX_UPLOAD_BYTES },
      { ...requestContext(c), actor: requireUser(c) },
      c.req.valid('param').id,
      form,
    );
    return c.json(result, 201);
  });
  router.openapi(listRoute, async (c) =>
    c.json(await listDocuments(db, c.var.actor, c.req.valid('param').id), 200),
  );
  router.openapi(downloadRoute, async (c) => {
    const params = c.req.valid('param');
    const file = await downloadDocument(db, storage, c.var.actor, {
      agreementId: params.id,
      documentId: params.documentId,
      version: params.version,
    });
    const encoded = encodeURIComponent(file.fileName);
    const ascii = file.fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
    return new Response(Readable.toWeb(file.stream) as ReadableStream, {
      status: 200,
      headers: {
        'Content-Type': file.contentType,
        'Content-Length': String(file.sizeBytes),
        'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`,
        ETag: `"${file.sha256}"`,
        'Cache-Control': 'private, no-cache',
      },
    }) as never;
  });
}

import path from 'node:path';
import { Readable } from 'node:stream';
import { z, type OpenAPIHono } from '@hono/zod-openapi';
import type { SchemaObject } from 'openapi3-ts/oas31';
import type { Config } from '../../config.js';
import type { Db } from '../../db/client.js';
import {
  defineRoute,
  errorResponses,
  errorResponseSchema,
  requestContext,
  requireUser,
  validationError,
  type AppEnv,
} from '../../http.js';
import { AppError } from '../../errors.js';
import type { FileStorage } from '../../storage/index.js';
import { documentKinds, documentTextStatuses } from '../../../domain/agreements/kinds.js';
import { assertMayUpload, downloadDocument, listDocuments, uploadDocument } from './documents.service.js';
import { receiveUpload } from './upload-receiver.js';
import { assertSafeStrings } from '../../input-guard.js';

/** Room in an upload's body for the form's other fields and boundaries, beyond MAX_UPLOAD_BYTES. */
export const uploadFormOverheadBytes = 64 * 1024;

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
    textStatus: z.enum(documentTextStatuses).openapi({
      description:
        'What became of the text: extracted, empty (a scan or locked), failed_too_large, failed_timeout, ' +
        'failed_unreadable, or unsupported (not a PDF)',
    }),
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

/** The text fields of the upload form; the file part is streamed (upload-receiver.ts), not parsed here. */
const uploadFields = z.object({
  kind: z.enum(documentKinds),
  title: z.string().trim().min(1).max(300),
  documentId: z
    .string()
    .uuid()
    .optional()
    .openapi({ description: 'Add the file as the next version of this document' }),
  note: z.string().trim().max(1000).optional(),
});

/**
 * The form as OpenAPI documents it. A plain schema object rather than a zod schema on purpose: a zod
 * schema would make the router parse (and buffer) the whole body before the handler runs.
 */
const uploadFormDocumentation: SchemaObject = {
  type: 'object',
  required: ['file', 'kind', 'title'],
  properties: {
    file: { type: 'string', format: 'binary', description: 'PDF, DOCX, PNG or JPEG (judged by content)' },
    kind: { type: 'string', enum: [...documentKinds] },
    title: { type: 'string', minLength: 1, maxLength: 300 },
    documentId: {
      type: 'string',
      format: 'uuid',
      description: 'Add the file as the next version of this document',
    },
    note: { type: 'string', maxLength: 1000 },
  },
};

const uploadRoute = defineRoute({
  access: { permission: 'document:upload' },
  method: 'post',
  path: '/api/agreements/{id}/documents',
  tags: ['Agreement documents'],
  summary: 'Upload a document (or a new version of one) to an agreement',
  description:
    'Multipart form, streamed to storage. The size is capped by MAX_UPLOAD_BYTES while the body is read ' +
    '(413 PAYLOAD_TOO_LARGE); the type is judged by content, not name: PDF, DOCX, PNG, JPEG only ' +
    '(415 FILE_TYPE_NOT_ALLOWED). The text of a PDF is read off the event loop with size and time limits; ' +
    'a file whose text cannot be read is stored all the same, and `textStatus` says why.',
  request: {
    params: z.object({ id: agreementIdParam }),
    body: { content: { 'multipart/form-data': { schema: uploadFormDocumentation } }, required: true },
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
    const ctx = { ...requestContext(c), actor: requireUser(c) };
    const agreementId = c.req.valid('param').id;
    // Who may not upload is answered before a byte of the body is read.
    await assertMayUpload(db, ctx.actor, agreementId);
    const maxFileBytes = deps.config.MAX_UPLOAD_BYTES;
    const upload = await receiveUpload(c.req.raw, path.join(deps.config.dataDir, 'tmp', 'uploads'), {
      maxFileBytes,
      maxBodyBytes: maxFileBytes + uploadFormOverheadBytes,
    });
    try {
      // The form is parsed here, not by the router's validation hook: refuse NUL and lone surrogates
      // in its fields as the edge does everywhere else (input-guard.ts).
      assertSafeStrings(upload.fields, 'form');
      const fields = uploadFields.safeParse(upload.fields);
      if (!fields.success) throw validationError('form', fields.error);
      if (!upload.file) throw new AppError('VALIDATION_FAILED', 'file: must be a file', 'file');
      const result = await uploadDocument(db, storage, ctx, agreementId, {
        ...fields.data,
        file: upload.file,
      });
      return c.json(result, 201);
    } finally {
      await upload.discard();
    }
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

/**
 * The document routes of every record type: /api/{agreements|visits|meetings|actions|programs}/{id}/
 * documents (list, upload, download a version, delete). One contract, registered once per type
 * (holders.ts says what differs between them).
 */
import path from 'node:path';
import { Readable } from 'node:stream';
import { z, type OpenAPIHono } from '@hono/zod-openapi';
import type { SchemaObject } from 'openapi3-ts/oas31';
import type { Config } from '../../config.js';
import type { Db } from '../../db/client.js';
import {
  createRouter,
  defineRoute,
  errorResponses,
  errorResponseSchema,
  requestContext,
  requireUser,
  validationError,
  type AppEnv,
} from '../../http.js';
import { AppError } from '../../errors.js';
import { assertSafeStrings } from '../../input-guard.js';
import type { FileStorage } from '../../storage/index.js';
import { documentKinds, documentTextStatuses } from '../../../domain/agreements/kinds.js';
import { documentRecordTypes, evidenceDocumentKinds } from '../../../domain/records/documents.js';
import { holderSpecs, type HolderSpec } from './holders.js';
import {
  assertMayUpload,
  deleteDocument,
  downloadDocument,
  listDocuments,
  uploadDocument,
  type RecordRef,
} from './service.js';
import { receiveUpload } from './upload-receiver.js';

/** Room in an upload's body for the form's other fields and boundaries, beyond MAX_UPLOAD_BYTES. */
export const uploadFormOverheadBytes = 64 * 1024;

const uploadPath = new RegExp(
  `^/api/(${documentRecordTypes.map((type) => holderSpecs[type].segment).join('|')})/[^/]+/documents/?$`,
);

/** Whether a request is a document upload, which has its own body size limit (MAX_UPLOAD_BYTES). */
export function isDocumentUploadRequest(method: string, path: string): boolean {
  return method.toUpperCase() === 'POST' && uploadPath.test(path);
}

const json = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } } });

export const documentVersionSchema = z
  .object({
    version: z.number().int(),
    fileName: z.string(),
    contentType: z.string(),
    sizeBytes: z.number().int(),
    sha256: z.string(),
    hasText: z.boolean().openapi({ description: "Text was extracted (PDF); an agreement's feeds search" }),
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
  .openapi('DocumentVersion');

const documentFields = (kinds: readonly [string, ...string[]]) => ({
  id: z.string().uuid(),
  kind: z.enum(kinds),
  title: z.string(),
  ownerRegionCode: z.string().nullable().openapi({
    description: 'The party region that added the document; null when a system administrator did',
  }),
  canDelete: z.boolean().openapi({
    description:
      "The actor may delete the document: they may change the record's documents, and it is not a partner's",
  }),
  createdAt: z.string(),
  latestVersion: z.number().int(),
  versions: z.array(documentVersionSchema),
});

/** A document of an agreement (its kinds drive the lifecycle guards). */
export const documentSchema = z.object(documentFields(documentKinds)).openapi('AgreementDocument');

/** A document of a visit, meeting, follow-up action or program (evidence, report, minutes ...). */
export const recordDocumentSchema = z.object(documentFields(evidenceDocumentKinds)).openapi('RecordDocument');

const documentSchemaOf = (spec: HolderSpec) =>
  spec.type === 'agreement' ? documentSchema : recordDocumentSchema;

/** The text fields of the upload form; the file part is streamed (upload-receiver.ts), not parsed here. */
const uploadFields = (kinds: readonly [string, ...string[]]) =>
  z.object({
    kind: z.enum(kinds),
    title: z.string().trim().min(1).max(300),
    documentId: z.string().uuid().optional(),
    note: z.string().trim().max(1000).optional(),
  });

/**
 * The form as OpenAPI documents it. A plain schema object rather than a zod schema on purpose: a zod
 * schema would make the router parse (and buffer) the whole body before the handler runs.
 */
const uploadFormDocumentation = (kinds: readonly string[]): SchemaObject => ({
  type: 'object',
  required: ['file', 'kind', 'title'],
  properties: {
    file: { type: 'string', format: 'binary', description: 'PDF, DOCX, PNG or JPEG (judged by content)' },
    kind: { type: 'string', enum: [...kinds] },
    title: { type: 'string', minLength: 1, maxLength: 300 },
    documentId: {
      type: 'string',
      format: 'uuid',
      description: 'Add the file as the next version of this document',
    },
    note: { type: 'string', maxLength: 1000 },
  },
});

const tagOf = (spec: HolderSpec) =>
  `${spec.type === 'action' ? 'Action' : spec.type[0]!.toUpperCase() + spec.type.slice(1)} documents`;

function routesOf(spec: HolderSpec) {
  const base = `/api/${spec.segment}/{id}/documents`;
  const tags = [tagOf(spec)];
  const idParam = z
    .string()
    .uuid(`must be ${spec.article} id`)
    .openapi({ param: { name: 'id', in: 'path' } });
  const documentIdParam = z
    .string()
    .uuid('must be a document id')
    .openapi({ param: { name: 'documentId', in: 'path' } });
  const documentSchemaForType = documentSchemaOf(spec);
  return {
    upload: defineRoute({
      access: { permission: 'document:upload' },
      method: 'post',
      path: base,
      tags,
      summary: `Upload a document (or a new version of one) to ${spec.article}`,
      description:
        'Multipart form, streamed to storage. The size is capped by MAX_UPLOAD_BYTES while the body is read ' +
        '(413 PAYLOAD_TOO_LARGE); the type is judged by content, not name: PDF, DOCX, PNG, JPEG only ' +
        '(415 FILE_TYPE_NOT_ALLOWED). The text of a PDF is read off the event loop with size and time limits; ' +
        'a file whose text cannot be read is stored all the same, and `textStatus` says why.',
      request: {
        params: z.object({ id: idParam }),
        body: {
          content: { 'multipart/form-data': { schema: uploadFormDocumentation(spec.kinds) } },
          required: true,
        },
      },
      responses: {
        201: {
          description: 'Stored',
          ...json(
            z.object({
              id: z.string().uuid(),
              kind: z.enum(spec.kinds),
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
    }),
    list: defineRoute({
      access: { permission: 'document:read' },
      method: 'get',
      path: base,
      tags,
      summary: `The documents of ${spec.article} with their versions`,
      description: 'Drafts only for who may read the record without its publication.',
      request: { params: z.object({ id: idParam }) },
      responses: {
        200: {
          description: 'Documents',
          ...json(
            z.object({
              items: z.array(documentSchemaForType),
              canChange: z
                .boolean()
                .openapi({ description: 'The actor may upload documents to the record and delete them' }),
            }),
          ),
        },
        ...errorResponses(400, 401, 404),
      },
    }),
    download: defineRoute({
      access: { permission: 'document:read' },
      method: 'get',
      path: `${base}/{documentId}/versions/{version}/file`,
      tags,
      summary: `Download one version of a document (for who may read ${spec.article.replace(/^an? /, 'the ')})`,
      request: {
        params: z.object({
          id: idParam,
          documentId: documentIdParam,
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
    }),
    remove: defineRoute({
      access: { permission: 'document:upload' },
      method: 'delete',
      path: `${base}/{documentId}`,
      tags,
      summary: `Delete a document of ${spec.article} with all its versions`,
      description:
        'For who may upload to the record, and only a document their own region added while that region is a party ' +
        "(403 FORBIDDEN, reason DOCUMENT_OF_PARTNER, otherwise). Recorded in the audit trail with the files' hashes.",
      request: { params: z.object({ id: idParam, documentId: documentIdParam }) },
      responses: {
        200: { description: 'Deleted', ...json(z.object({ ok: z.literal(true) })) },
        ...errorResponses(400, 401, 403, 404),
      },
    }),
  };
}

/** Registers one record type's document routes. */
function registerHolderRoutes(
  router: OpenAPIHono<AppEnv>,
  spec: HolderSpec,
  deps: { db: Db; config: Config; storage: FileStorage },
) {
  const { db, storage } = deps;
  const routes = routesOf(spec);
  const fields = uploadFields(spec.kinds);
  const recordOf = (id: string): RecordRef => ({ type: spec.type, id });
  router.openapi(routes.upload, async (c) => {
    const ctx = { ...requestContext(c), actor: requireUser(c) };
    const record = recordOf(c.req.valid('param').id);
    // Who may not upload is answered before a byte of the body is read.
    await assertMayUpload(db, ctx.actor, record);
    const maxFileBytes = deps.config.MAX_UPLOAD_BYTES;
    const upload = await receiveUpload(c.req.raw, path.join(deps.config.dataDir, 'tmp', 'uploads'), {
      maxFileBytes,
      maxBodyBytes: maxFileBytes + uploadFormOverheadBytes,
    });
    try {
      // The form is parsed here, not by the router's validation hook: refuse NUL and lone surrogates
      // in its fields as the edge does everywhere else (input-guard.ts).
      assertSafeStrings(upload.fields, 'form');
      const parsed = fields.safeParse(upload.fields);
      if (!parsed.success) throw validationError('form', parsed.error);
      if (!upload.file) throw new AppError('VALIDATION_FAILED', 'file: must be a file', 'file');
      const result = await uploadDocument(db, storage, ctx, record, { ...parsed.data, file: upload.file });
      return c.json(result, 201);
    } finally {
      await upload.discard();
    }
  });
  router.openapi(routes.list, async (c) =>
    c.json(await listDocuments(db, c.var.actor, recordOf(c.req.valid('param').id)), 200),
  );
  router.openapi(routes.download, async (c) => {
    const params = c.req.valid('param');
    const file = await downloadDocument(db, storage, c.var.actor, {
      record: recordOf(params.id),
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
  router.openapi(routes.remove, async (c) => {
    const params = c.req.valid('param');
    const ctx = { ...requestContext(c), actor: requireUser(c) };
    await deleteDocument(db, ctx, recordOf(params.id), params.documentId);
    return c.json({ ok: true as const }, 200);
  });
}

/**
 * The documents of every record type. The storage is the app's one provider, built at start-up and
 * handed in (app.ts), so every feature reads and writes the same files.
 */
export function documentRoutes(deps: { db: Db; config: Config; storage: FileStorage }) {
  const router = createRouter();
  for (const type of documentRecordTypes) registerHolderRoutes(router, holderSpecs[type], deps);
  return router;
}

/**
 * Documents of an agreement (signed scans, drafts, mandates ...) with versions. Bytes go to the
 * storage provider under a content-addressed key; the database keeps the metadata, the SHA-256 and
 * the text extracted from PDFs (read in a worker thread, with limits), which feeds the agreement's
 * search vector, and what became of that extraction.
 */
import fs from 'node:fs';
import type { Readable } from 'node:stream';
import { recordAudit, type RequestContext } from '../../audit.js';
import type { Actor, UserActor } from '../../auth/policy.js';
import type { Db } from '../../db/client.js';
import { AppError } from '../../errors.js';
import { contentKey, type FileStorage } from '../../storage/index.js';
import {
  isDraftDocument,
  type DocumentKind,
  type DocumentTextStatus,
} from '../../../domain/agreements/kinds.js';
import { assertAllowed, assertVisible, canReadDrafts, notFound } from './access.js';
import { sniffAllowedType } from './document-content.js';
import { extractDocumentText } from './document-text.js';
import {
  findAgreement,
  findDocument,
  findDocuments,
  findDocumentVersion,
  insertDocument,
  insertDocumentVersion,
  insertFile,
  nextDocumentVersion,
  type DocumentVersionWithFile,
} from './repo.js';
import { refreshSearch } from './search-refresh.js';
import type { ReceivedFile } from './upload-receiver.js';

export type UploadInput = {
  /** The upload, already on disk (upload-receiver.ts). */
  file: ReceivedFile;
  kind: DocumentKind;
  title: string;
  documentId?: string | undefined;
  note?: string | undefined;
};

function presentVersion(agreementId: string, documentId: string, version: DocumentVersionWithFile) {
  return {
    version: version.version,
    fileName: version.file.originalName,
    contentType: version.file.contentType,
    sizeBytes: version.file.sizeBytes,
    sha256: version.file.sha256,
    hasText: Boolean(version.extractedText),
    textStatus: version.textStatus as DocumentTextStatus,
    note: version.note,
    createdBy: version.createdBy,
    createdAt: version.createdAt.toISOString(),
    downloadUrl: `/api/agreements/${agreementId}/documents/${documentId}/versions/${version.version}/file`,
  };
}

/**
 * The documents of an agreement with their versions, as the API presents them; drafts only when
 * `includeDrafts` (see canReadDrafts).
 */
export async function listDocumentsOf(db: Db, agreementId: string, options: { includeDrafts: boolean }) {
  const documents = (await findDocuments(db, agreementId)).filter(
    (document) => options.includeDrafts || !isDraftDocument(document.kind),
  );
  return documents.map((document) => ({
    id: document.id,
    kind: document.kind as DocumentKind,
    title: document.title,
    createdAt: document.createdAt.toISOString(),
    latestVersion: document.versions.at(-1)?.version ?? 0,
    versions: document.versions.map((version) => presentVersion(agreementId, document.id, version)),
  }));
}
export type DocumentDto = Awaited<ReturnType<typeof listDocumentsOf>>[number];

export async function listDocuments(db: Db, actor: Actor, agreementId: string) {
  const agreement = await findAgreement(db, agreementId);
  if (!agreement) throw notFound(agreementId);
  assertVisible(actor, agreement, 'document:read');
  return {
    items: await listDocumentsOf(db, agreementId, { includeDrafts: canReadDrafts(actor, agreement) }),
  };
}

/** Refuses (404 or 403) before the body is read when the actor may not upload to the agreement. */
export async function assertMayUpload(db: Db, actor: UserActor, agreementId: string): Promise<void> {
  const agreement = await findAgreement(db, agreementId);
  if (!agreement) throw notFound(agreementId);
  assertAllowed(actor, agreement, 'document:upload');
}

/** Stores an upload as a new document, or as the next version of `documentId`. */
export async function uploadDocument(
  db: Db,
  storage: FileStorage,
  ctx: RequestContext & { actor: UserActor },
  agreementId: string,
  input: UploadInput,
) {
  await assertMayUpload(db, ctx.actor, agreementId);
  const { file: upload } = input;
  if (upload.sizeBytes === 0) throw new AppError('VALIDATION_FAILED', 'The file is empty', 'file');
  const type = await sniffAllowedType(upload.path);
  if (!type) {
    throw new AppError(
      'FILE_TYPE_NOT_ALLOWED',
      'Only PDF, DOCX, PNG and JPEG files are accepted (judged by their content, not their name)',
      'file',
      { allowed: ['pdf', 'docx', 'png', 'jpg'] },
    );
  }
  const content = await extractDocumentText(upload.path, type);
  if (content.status === 'invalid') {
    throw new AppError('FILE_TYPE_NOT_ALLOWED', 'The file starts like a PDF but cannot be read', 'file');
  }
  const { sha256 } = upload;
  const storageKey = contentKey(sha256);
  // Content-addressed: storing first is safe. If the transaction below fails, the bytes stay
  // unreferenced under their hash and a later upload of the same file reuses them.
  await storage.put(storageKey, fs.createReadStream(upload.path));

  return db.transaction(async (tx) => {
    const current = await findAgreement(tx, agreementId, { forUpdate: true });
    if (!current) throw notFound(agreementId);
    let document;
    let version = 1;
    if (input.documentId) {
      document = await findDocument(tx, agreementId, input.documentId);
      if (!document) {
        throw new AppError('DOCUMENT_NOT_FOUND', 'No such document on this agreement', 'documentId');
      }
      version = await nextDocumentVersion(tx, document.id);
    } else {
      document = await insertDocument(tx, {
        agreementId,
        kind: input.kind,
        title: input.title,
        createdBy: ctx.actor.id,
      });
    }
    const file = await insertFile(tx, {
      storageKey,
      sha256,
      sizeBytes: upload.sizeBytes,
      contentType: type.mime,
      originalName: safeFileName(upload.fileName, type.ext),
      createdBy: ctx.actor.id,
    });
    const row = await insertDocumentVersion(tx, {
      documentId: document.id,
      version,
      fileId: file.id,
      extractedText: content.text,
      textStatus: content.status,
      note: input.note ?? null,
      createdBy: ctx.actor.id,
    });
    if (content.text) await refreshSearch(tx, current);
    const presented = {
      id: document.id,
      kind: document.kind as DocumentKind,
      title: document.title,
      version: presentVersion(agreementId, document.id, { ...row, file }),
    };
    await recordAudit(tx, ctx, {
      action: input.documentId ? 'agreement.document.version' : 'agreement.document.upload',
      entityType: 'agreement',
      entityId: agreementId,
      regionCodes: current.partyRegionCodes,
      after: { document: presented },
    });
    return presented;
  });
}

/** A file name safe for a Content-Disposition header and a file system, with the sniffed extension. */
function safeFileName(name: string, ext: string): string {
  const base = (name.split(/[\\/]/).pop() ?? '')
    .replace(/\.[^.]*$/, '')
    .replace(/[^\p{L}\p{N} ._()-]+/gu, '_')
    .trim()
    .slice(0, 150);
  return `${base || 'dokumen'}.${ext}`;
}

/** One version's bytes and metadata, for who may read the agreement. */
export async function downloadDocument(
  db: Db,
  storage: FileStorage,
  actor: Actor,
  params: { agreementId: string; documentId: string; version: number },
): Promise<{ stream: Readable; contentType: string; fileName: string; sizeBytes: number; sha256: string }> {
  const agreement = await findAgreement(db, params.agreementId);
  if (!agreement) throw notFound(params.agreementId);
  assertVisible(actor, agreement, 'document:read');
  const version = await findDocumentVersion(db, params.agreementId, params.documentId, params.version);
  // A draft of a published record answers like a missing one to the public (its existence stays hidden).
  if (!version || (isDraftDocument(version.document.kind) && !canReadDrafts(actor, agreement)))
    throw new AppError('DOCUMENT_NOT_FOUND', 'No such document version', 'version');
  const stream = await storage.get(version.file.storageKey);
  if (!stream) throw new AppError('INTERNAL', `The stored file of this version is missing`);
  return {
    stream,
    contentType: version.file.contentType,
    fileName: version.file.originalName,
    sizeBytes: version.file.sizeBytes,
    sha256: version.file.sha256,
  };
}

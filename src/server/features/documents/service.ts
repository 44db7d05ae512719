/**
 * Documents of any record (an agreement's signed scans and drafts, a visit's report, an action's
 * evidence ...) with versions. Bytes go to the storage provider under a content-addressed key; the
 * database keeps the metadata, the SHA-256 and the text extracted from PDFs (read in a worker thread,
 * with limits), and what became of that extraction. An agreement's texts feed its search vector.
 */
import fs from 'node:fs';
import type { Readable } from 'node:stream';
import { recordAudit, type RequestContext } from '../../audit.js';
import type { Actor, UserActor } from '../../auth/policy.js';
import { recordNotFound } from '../../auth/record-access.js';
import type { Db } from '../../db/client.js';
import { AppError, forbidden } from '../../errors.js';
import { contentKey, type FileStorage } from '../../storage/index.js';
import { isDraftDocument, type DocumentTextStatus } from '../../../domain/agreements/kinds.js';
import { documentOwnedByPartner } from '../../../domain/records/document-ownership.js';
import { refreshAgreementSearch } from '../agreements/search-refresh.js';
import { sniffAllowedType } from './document-content.js';
import { extractDocumentText } from './document-text.js';
import {
  assertHolderReadable,
  assertHolderWritable,
  canChangeDocuments,
  canReadDrafts,
  findHolder,
  holderSpecs,
  type DocumentHolder,
} from './holders.js';
import {
  deleteDocumentRow,
  findDocument,
  findDocuments,
  findDocumentVersion,
  insertDocument,
  insertDocumentVersion,
  insertFile,
  nextDocumentVersion,
  type DocumentVersionWithFile,
  type RecordRef,
} from './repo.js';
import type { ReceivedFile } from './upload-receiver.js';

export type { RecordRef } from './repo.js';

export type UploadInput = {
  /** The upload, already on disk (upload-receiver.ts). */
  file: ReceivedFile;
  /** One of the record type's kinds (holderSpecs), checked by the route. */
  kind: string;
  title: string;
  documentId?: string | undefined;
  note?: string | undefined;
};

function documentPath(record: RecordRef, documentId: string): string {
  return `/api/${holderSpecs[record.type].segment}/${record.id}/documents/${documentId}`;
}

function presentVersion(record: RecordRef, documentId: string, version: DocumentVersionWithFile) {
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
    downloadUrl: `${documentPath(record, documentId)}/versions/${version.version}/file`,
  };
}

/**
 * The documents of a record with their versions, as the API presents them to the actor: drafts only
 * when the actor sees them, and whether the actor may delete each one (a partner's document is its
 * own). The caller has checked that the actor may read the holder's documents.
 */
export async function listDocumentsOf(db: Db, actor: Actor, record: RecordRef, holder: DocumentHolder) {
  const includeDrafts = canReadDrafts(actor, holder);
  const canChange = canChangeDocuments(actor, record.type, holder);
  const actorRegionCode = actor.kind === 'user' ? actor.regionCode : null;
  const documents = (await findDocuments(db, record)).filter(
    (document) => includeDrafts || !isDraftDocument(document.kind),
  );
  return documents.map((document) => ({
    id: document.id,
    kind: document.kind,
    title: document.title,
    ownerRegionCode: document.ownerRegionCode,
    canDelete:
      canChange &&
      !documentOwnedByPartner(actorRegionCode, document.ownerRegionCode, holder.partyRegionCodes),
    createdAt: document.createdAt.toISOString(),
    latestVersion: document.versions.at(-1)?.version ?? 0,
    versions: document.versions.map((version) => presentVersion(record, document.id, version)),
  }));
}
export type DocumentDto = Awaited<ReturnType<typeof listDocumentsOf>>[number];

async function holderOrNotFound(db: Db, record: RecordRef): Promise<DocumentHolder> {
  const holder = await findHolder(db, record.type, record.id);
  if (!holder) throw recordNotFound(record.type, record.id);
  return holder;
}

/** The documents of a record the actor may read, and whether they may change them. */
export async function listDocuments(db: Db, actor: Actor, record: RecordRef) {
  const holder = await holderOrNotFound(db, record);
  assertHolderReadable(actor, record.type, holder);
  return {
    items: await listDocumentsOf(db, actor, record, holder),
    canChange: canChangeDocuments(actor, record.type, holder),
  };
}

/** Refuses (404 or 403) before the body is read when the actor may not upload to the record. */
export async function assertMayUpload(db: Db, actor: UserActor, record: RecordRef): Promise<DocumentHolder> {
  const holder = await holderOrNotFound(db, record);
  assertHolderWritable(actor, record.type, holder);
  return holder;
}

/**
 * The record, read again inside the change of its documents (it may have been deleted meanwhile), and
 * what follows a change of its documents' texts: an agreement's search vector reads them.
 */
async function currentHolder(tx: Db, record: RecordRef) {
  const holder = await findHolder(tx, record.type, record.id);
  if (!holder) throw recordNotFound(record.type, record.id);
  return {
    regionCodes: holder.partyRegionCodes,
    afterTextChange: () =>
      record.type === 'agreement' ? refreshAgreementSearch(tx, record.id) : Promise.resolve(),
  };
}

function documentNotFound(record: RecordRef, field: string): AppError {
  return new AppError('DOCUMENT_NOT_FOUND', `No such document on this ${record.type}`, field);
}

/** Stores an upload as a new document, or as the next version of `documentId`. */
export async function uploadDocument(
  db: Db,
  storage: FileStorage,
  ctx: RequestContext & { actor: UserActor },
  record: RecordRef,
  input: UploadInput,
) {
  await assertMayUpload(db, ctx.actor, record);
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
    const current = await currentHolder(tx, record);
    let document;
    let version = 1;
    if (input.documentId) {
      document = await findDocument(tx, record, input.documentId);
      if (!document) throw documentNotFound(record, 'documentId');
      version = await nextDocumentVersion(tx, document.id);
    } else {
      document = await insertDocument(tx, {
        recordType: record.type,
        recordId: record.id,
        kind: input.kind,
        title: input.title,
        ownerRegionCode: ctx.actor.regionCode,
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
    if (content.text) await current.afterTextChange();
    const presented = {
      id: document.id,
      kind: document.kind,
      title: document.title,
      version: presentVersion(record, document.id, { ...row, file }),
    };
    await recordAudit(tx, ctx, {
      action: input.documentId ? `${record.type}.document.version` : `${record.type}.document.upload`,
      entityType: record.type,
      entityId: record.id,
      regionCodes: current.regionCodes,
      after: { document: presented },
    });
    return presented;
  });
}

/**
 * Deletes a document with all its versions, for who may upload to the record. The stored bytes stay:
 * they are content-addressed and another version (of any record) may share them.
 */
export async function deleteDocument(
  db: Db,
  ctx: RequestContext & { actor: UserActor },
  record: RecordRef,
  documentId: string,
): Promise<void> {
  await assertMayUpload(db, ctx.actor, record);
  await db.transaction(async (tx) => {
    const current = await currentHolder(tx, record);
    const document = await findDocument(tx, record, documentId);
    if (!document) throw documentNotFound(record, 'documentId');
    if (documentOwnedByPartner(ctx.actor.regionCode, document.ownerRegionCode, current.regionCodes)) {
      throw forbidden(
        'DOCUMENT_OF_PARTNER',
        `Region ${document.ownerRegionCode} added this document; only its users may delete it`,
        'documentId',
      );
    }
    const versions = (await findDocuments(tx, record)).find((row) => row.id === documentId)?.versions ?? [];
    await deleteDocumentRow(tx, documentId);
    if (versions.some((version) => version.extractedText)) await current.afterTextChange();
    await recordAudit(tx, ctx, {
      action: `${record.type}.document.delete`,
      entityType: record.type,
      entityId: record.id,
      regionCodes: current.regionCodes,
      before: {
        document: {
          id: document.id,
          kind: document.kind,
          title: document.title,
          versions: versions.map((version) => ({
            version: version.version,
            fileName: version.file.originalName,
            sha256: version.file.sha256,
          })),
        },
      },
    });
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

/** One version's bytes and metadata, for who may read the record. */
export async function downloadDocument(
  db: Db,
  storage: FileStorage,
  actor: Actor,
  params: { record: RecordRef; documentId: string; version: number },
): Promise<{ stream: Readable; contentType: string; fileName: string; sizeBytes: number; sha256: string }> {
  const { record } = params;
  const holder = await holderOrNotFound(db, record);
  assertHolderReadable(actor, record.type, holder);
  const version = await findDocumentVersion(db, record, params.documentId, params.version);
  // A draft of a published record answers like a missing one to the public (its existence stays hidden).
  if (!version || (isDraftDocument(version.document.kind) && !canReadDrafts(actor, holder)))
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

/** Documents, their versions and files in the database, for records of any type (record_documents). */
import { and, asc, desc, eq, ne, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { files, recordDocuments, recordDocumentVersions } from '../../db/schema/index.js';
import { draftDocumentKind } from '../../../domain/agreements/kinds.js';
import type { DocumentRecordType } from '../../../domain/records/documents.js';

export type FileRow = typeof files.$inferSelect;
export type DocumentRow = typeof recordDocuments.$inferSelect;
export type DocumentVersionRow = typeof recordDocumentVersions.$inferSelect;
export type DocumentVersionWithFile = DocumentVersionRow & { file: FileRow };

/** The record a document hangs on. */
export type RecordRef = { type: DocumentRecordType; id: string };

const ofRecord = (record: RecordRef) =>
  and(eq(recordDocuments.recordType, record.type), eq(recordDocuments.recordId, record.id));

export async function insertFile(db: Db, values: typeof files.$inferInsert): Promise<FileRow> {
  const [row] = await db.insert(files).values(values).returning();
  return row!;
}

export async function insertDocument(
  db: Db,
  values: typeof recordDocuments.$inferInsert,
): Promise<DocumentRow> {
  const [row] = await db.insert(recordDocuments).values(values).returning();
  return row!;
}

export async function findDocument(db: Db, record: RecordRef, documentId: string) {
  const [row] = await db
    .select()
    .from(recordDocuments)
    .where(and(eq(recordDocuments.id, documentId), ofRecord(record)));
  return row;
}

/** The next version number of a document, locking the document row against a concurrent upload. */
export async function nextDocumentVersion(db: Db, documentId: string): Promise<number> {
  await db
    .select({ id: recordDocuments.id })
    .from(recordDocuments)
    .where(eq(recordDocuments.id, documentId))
    .for('update');
  const [row] = await db
    .select({ max: sql<number | null>`max(${recordDocumentVersions.version})` })
    .from(recordDocumentVersions)
    .where(eq(recordDocumentVersions.documentId, documentId));
  return Number(row?.max ?? 0) + 1;
}

export async function insertDocumentVersion(
  db: Db,
  values: typeof recordDocumentVersions.$inferInsert,
): Promise<DocumentVersionRow> {
  const [row] = await db.insert(recordDocumentVersions).values(values).returning();
  return row!;
}

/** The documents of a record with all their versions and file metadata, oldest first. */
export async function findDocuments(
  db: Db,
  record: RecordRef,
): Promise<Array<DocumentRow & { versions: DocumentVersionWithFile[] }>> {
  const rows = await db
    .select({ document: recordDocuments, version: recordDocumentVersions, file: files })
    .from(recordDocuments)
    .leftJoin(recordDocumentVersions, eq(recordDocumentVersions.documentId, recordDocuments.id))
    .leftJoin(files, eq(files.id, recordDocumentVersions.fileId))
    .where(ofRecord(record))
    .orderBy(asc(recordDocuments.createdAt), asc(recordDocuments.id), asc(recordDocumentVersions.version));
  const byId = new Map<string, DocumentRow & { versions: DocumentVersionWithFile[] }>();
  for (const row of rows) {
    let document = byId.get(row.document.id);
    if (!document) {
      document = { ...row.document, versions: [] };
      byId.set(row.document.id, document);
    }
    if (row.version && row.file) document.versions.push({ ...row.version, file: row.file });
  }
  return [...byId.values()];
}

export async function findDocumentVersion(
  db: Db,
  record: RecordRef,
  documentId: string,
  version: number,
): Promise<(DocumentVersionRow & { file: FileRow; document: DocumentRow }) | undefined> {
  const [row] = await db
    .select({ document: recordDocuments, version: recordDocumentVersions, file: files })
    .from(recordDocumentVersions)
    .innerJoin(recordDocuments, eq(recordDocuments.id, recordDocumentVersions.documentId))
    .innerJoin(files, eq(files.id, recordDocumentVersions.fileId))
    .where(
      and(ofRecord(record), eq(recordDocuments.id, documentId), eq(recordDocumentVersions.version, version)),
    );
  return row ? { ...row.version, file: row.file, document: row.document } : undefined;
}

/**
 * The extracted text of the latest version of each document of an agreement, drafts excepted: the
 * search vector answers public searches of a published record, and a draft stays with the parties.
 */
export async function latestDocumentTexts(db: Db, agreementId: string): Promise<string[]> {
  const rows = await db
    .selectDistinctOn([recordDocumentVersions.documentId], { text: recordDocumentVersions.extractedText })
    .from(recordDocumentVersions)
    .innerJoin(recordDocuments, eq(recordDocuments.id, recordDocumentVersions.documentId))
    .where(and(ofRecord({ type: 'agreement', id: agreementId }), ne(recordDocuments.kind, draftDocumentKind)))
    .orderBy(recordDocumentVersions.documentId, desc(recordDocumentVersions.version));
  return rows.map((row) => row.text ?? '').filter(Boolean);
}

/** Kinds of documents already attached to an agreement (for lifecycle guards). */
export async function documentKinds(db: Db, agreementId: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ kind: recordDocuments.kind })
    .from(recordDocuments)
    .innerJoin(recordDocumentVersions, eq(recordDocumentVersions.documentId, recordDocuments.id))
    .where(ofRecord({ type: 'agreement', id: agreementId }));
  return rows.map((row) => row.kind);
}

/** Deletes a document and (by cascade) its versions; the files rows stay, as the stored bytes do. */
export async function deleteDocumentRow(db: Db, documentId: string): Promise<void> {
  await db.delete(recordDocuments).where(eq(recordDocuments.id, documentId));
}

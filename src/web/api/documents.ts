/**
 * Documents of the records around the agreements (visits, meetings, follow-up actions, programs):
 * /api/{type}/{id}/documents. An agreement's documents come with its detail (agreements.ts).
 */
import type { EvidenceDocumentKind } from '../../domain/records/documents';
import { apiGet, apiSend, apiUpload } from './client';
import type { Schema } from './contract';

export type RecordDocumentDto = Schema<'RecordDocument'>;
export type DocumentHolderType = 'visit' | 'meeting' | 'action' | 'program';

const segments: Record<DocumentHolderType, string> = {
  visit: 'visits',
  meeting: 'meetings',
  action: 'actions',
  program: 'programs',
};

const documentsPath = (type: DocumentHolderType, id: string) =>
  `/api/${segments[type]}/${encodeURIComponent(id)}/documents`;

/** The record's documents (drafts only for its parties) and whether the user may change them. */
export function listRecordDocuments(
  type: DocumentHolderType,
  id: string,
  signal?: AbortSignal,
): Promise<{ items: RecordDocumentDto[]; canChange: boolean }> {
  return apiGet(documentsPath(type, id), undefined, signal);
}

/** Uploads a file (or a new version of a document) as multipart form data. */
export function uploadRecordDocument(
  type: DocumentHolderType,
  id: string,
  input: { file: File; kind: EvidenceDocumentKind; title: string; documentId?: string; note?: string },
): Promise<unknown> {
  return apiUpload(documentsPath(type, id), documentForm(input));
}

/** The upload form of a document of any record type (the file part is streamed by the server). */
export function documentForm(input: {
  file: File;
  kind: string;
  title: string;
  documentId?: string;
  note?: string;
}): FormData {
  const form = new FormData();
  form.set('file', input.file);
  form.set('kind', input.kind);
  form.set('title', input.title);
  if (input.documentId) form.set('documentId', input.documentId);
  if (input.note) form.set('note', input.note);
  return form;
}

/** Deletes a document with all its versions. */
export function deleteRecordDocument(
  type: DocumentHolderType,
  id: string,
  documentId: string,
): Promise<unknown> {
  return apiSend('DELETE', `${documentsPath(type, id)}/${encodeURIComponent(documentId)}`);
}

/** Deletes a document of an agreement with all its versions. */
export function deleteAgreementDocument(agreementId: string, documentId: string): Promise<unknown> {
  return apiSend(
    'DELETE',
    `/api/agreements/${encodeURIComponent(agreementId)}/documents/${encodeURIComponent(documentId)}`,
  );
}

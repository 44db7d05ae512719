/**
 * What differs between the record types that hold documents: the kinds of document, how a missing
 * record answers, who reads and who changes the documents. Everything else (storage, versions,
 * SHA-256, type sniffing, text extraction, drafts) is one implementation (service.ts).
 *
 * - Reading follows the record's visibility (record-access.ts): a record the actor may not see answers
 *   404, as the record's own routes do.
 * - Uploading or deleting needs the right to change the record: `document:upload` on an agreement (as
 *   before), `record:update` on a visit, meeting or program, `action:report` on a follow-up action (its
 *   owning OPD's officer attaches evidence), and `document:upload` besides (an API token may lack it).
 *   A visible record the actor may not change answers 403.
 * - A draft document stays with who may read the record without its publication (never the public).
 */
import { can, hasPermission, type Actor, type Permission } from '../../auth/policy.js';
import {
  assertRecordAllowed,
  canOnRecord,
  readPermission,
  recordNotFound,
  recordTarget,
  type RecordTenancy,
} from '../../auth/record-access.js';
import type { Db } from '../../db/client.js';
import { AppError } from '../../errors.js';
import { findRecords } from '../../record-lookup.js';
import { documentKinds } from '../../../domain/agreements/kinds.js';
import { evidenceDocumentKinds, type DocumentRecordType } from '../../../domain/records/documents.js';

/** A record that holds documents, as the access rules see it. */
export type DocumentHolder = RecordTenancy & { id: string };

export type HolderSpec = {
  type: DocumentRecordType;
  /** The path segment of the record's routes: /api/{segment}/{id}/documents. */
  segment: string;
  /** The kinds a document of this record may have. */
  kinds: readonly [string, ...string[]];
  /** The permission that changes the record's documents, on top of `document:upload`. */
  changePermission: Permission;
  /** Shown in OpenAPI: "an agreement", "a visit" ... */
  article: string;
};

export const holderSpecs: Readonly<Record<DocumentRecordType, HolderSpec>> = {
  agreement: {
    type: 'agreement',
    segment: 'agreements',
    kinds: documentKinds,
    changePermission: 'document:upload',
    article: 'an agreement',
  },
  visit: {
    type: 'visit',
    segment: 'visits',
    kinds: evidenceDocumentKinds,
    changePermission: 'record:update',
    article: 'a visit',
  },
  meeting: {
    type: 'meeting',
    segment: 'meetings',
    kinds: evidenceDocumentKinds,
    changePermission: 'record:update',
    article: 'a meeting',
  },
  action: {
    type: 'action',
    segment: 'actions',
    kinds: evidenceDocumentKinds,
    changePermission: 'action:report',
    article: 'a follow-up action',
  },
  program: {
    type: 'program',
    segment: 'programs',
    kinds: evidenceDocumentKinds,
    changePermission: 'record:update',
    article: 'a program',
  },
};

/** The record (undeleted), whoever asks; undefined when there is none. */
export async function findHolder(
  db: Db,
  type: DocumentRecordType,
  id: string,
): Promise<DocumentHolder | undefined> {
  return (await findRecords(db, type, [id]))[0];
}

const documentReadPermission = (type: DocumentRecordType): Permission =>
  type === 'agreement' ? 'document:read' : readPermission[type];

/** Throws <TYPE>_NOT_FOUND unless the actor may read the record's documents. */
export function assertHolderReadable(actor: Actor, type: DocumentRecordType, holder: DocumentHolder): void {
  if (!canOnRecord(actor, documentReadPermission(type), holder)) throw recordNotFound(type, holder.id);
}

/** Throws 404 when the record is invisible to the actor, 403 when they may not change its documents. */
export function assertHolderWritable(actor: Actor, type: DocumentRecordType, holder: DocumentHolder): void {
  assertRecordAllowed(actor, type, holder, holderSpecs[type].changePermission);
  if (!hasPermission(actor, 'document:upload')) {
    throw new AppError('FORBIDDEN', `You may not change the documents of this ${type} (document:upload)`);
  }
}

/** Whether the actor may upload to (and delete from) a record it can read, for the UI to offer the form. */
export function canChangeDocuments(actor: Actor, type: DocumentRecordType, holder: DocumentHolder): boolean {
  return (
    canOnRecord(actor, holderSpecs[type].changePermission, holder) && hasPermission(actor, 'document:upload')
  );
}

/**
 * Whether the actor reads the record's draft documents: only who may read its documents without the
 * publication (its parties, oversight of their jurisdiction), never the public.
 */
export function canReadDrafts(actor: Actor, holder: RecordTenancy): boolean {
  return can(actor, 'document:read', { ...recordTarget(holder), draft: true });
}

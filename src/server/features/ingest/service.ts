import type { OrganizationKind } from '../../../domain/agreements/kinds.js';
import { fetchArticle } from './fetch.js';
import type { ExtractionResult } from '../../../extract/index.js';
import { recordAudit, type RequestContext } from '../../audit.js';
import { can, hasPermission, type Actor, type UserActor } from '../../auth/policy.js';
import type { Config } from '../../config.js';
import type { Db } from '../../db/client.js';
import { AppError, forbidden } from '../../errors.js';
import { listAgreements } from '../agreements/list.service.js';
import { createAgreement, type CreateInput } from '../agreements/create.service.js';
import { getAgreement } from '../agreements/read.service.js';
import { createOrganization } from '../organizations/service.js';
import { extractArticleOffThread } from './extract-off-thread.js';
import { insertSource, linkSource, sourcesOf } from './repo.js';
import type { MeetingInput, ProgramInput, VisitInput } from '../../../domain/records/schema.js';
import { assertRecordAllowed, recordNotFound } from '../../auth/record-access.js';
import { findRecords } from '../../record-lookup.js';
import { publicFetchGuard } from './url-guard.js';

export type ExtractRequest = {
  text?: string | undefined;
  url?: string | undefined;
  publishedAt?: string | undefined;
};

export type ExtractResponse = {
  source: { url: string | null; finalUrl: string | null; kind: 'text' | 'html' | 'url' };
  result: ExtractionResult;
};

/**
 * Turns pasted text, an uploaded file's text or a fetched URL into a draft record. Nothing is saved:
 * the person reviews the draft and saves it with POST /api/ingest.
 */
export async function extractDraft(config: Config, request: ExtractRequest): Promise<ExtractResponse> {
  if (request.url) {
    // Every hop is checked, the first URL and each redirect target alike, and again at connect time:
    // a public page that redirects to 127.0.0.1 or 169.254.169.254, or a host name that resolves
    // there on the second lookup, must not reach the server's own network.
    const fetched = await fetchArticle(request.url, {
      timeoutMs: config.INGEST_FETCH_TIMEOUT_MS,
      ...(config.INGEST_ALLOW_PRIVATE_URLS ? {} : publicFetchGuard()),
    });
    if (!fetched.ok) {
      if (fetched.code === 'FETCH_BLOCKED')
        throw new AppError('URL_NOT_ALLOWED', `This URL cannot be fetched: ${fetched.message}`, 'url');
      throw new AppError('URL_FETCH_FAILED', `The page could not be fetched: ${fetched.message}`, 'url', {
        reason: fetched.code,
      });
    }
    const result = await extractArticleOffThread({
      text: fetched.html,
      html: true,
      url: fetched.finalUrl,
      publishedAt: request.publishedAt,
    });
    if (result.text.trim().length === 0) {
      throw new AppError('NO_ARTICLE', 'The page holds no article text', 'url');
    }
    return { source: { url: request.url, finalUrl: fetched.finalUrl, kind: 'url' }, result };
  }
  const text = request.text ?? '';
  if (text.trim().length === 0)
    throw new AppError('VALIDATION_FAILED', 'Paste an article text or give a URL', 'text');
  if (text.includes('\u0000'))
    throw new AppError('VALIDATION_FAILED', 'The text looks like binary data, not an article', 'text');
  const isHtml = /^\s*</.test(text);
  const result = await extractArticleOffThread({ text, html: isHtml, publishedAt: request.publishedAt });
  return { source: { url: null, finalUrl: null, kind: isHtml ? 'html' : 'text' }, result };
}

/**
 * An organisation the reviewer turned from an extracted name into a party, to be recorded in the same
 * save. The agreement's parties and signatories refer to it by `placeholderId`, a UUID chosen by the
 * client, which the save replaces with the id of the organisation record.
 */
export type NewOrganization = { placeholderId: string; name: string; kind: OrganizationKind };

export type IngestTarget =
  | { kind: 'new_agreement'; agreement: CreateInput; force: boolean; newOrganizations?: NewOrganization[] }
  | { kind: 'existing_agreement'; agreementId: string }
  | { kind: 'new_visit'; visit: VisitInput }
  | { kind: 'new_meeting'; meeting: MeetingInput; programs: ProgramInput[] }
  | { kind: 'existing_record'; recordType: 'visit' | 'meeting'; recordId: string };

type WriteContext = RequestContext & { actor: UserActor };

/**
 * How the save creates the records around the agreements: the visits, meetings and programs
 * features' own create functions (all their rules and audit apply), handed in by the app so that
 * ingest does not depend on those features' modules. Each runs inside the save's transaction.
 */
export type RecordWriters = {
  createVisit(db: Db, ctx: WriteContext, input: VisitInput): Promise<{ id: string }>;
  createMeeting(db: Db, ctx: WriteContext, input: MeetingInput): Promise<{ id: string }>;
  createProgram(db: Db, ctx: WriteContext, input: ProgramInput): Promise<{ id: string; title: string }>;
};

export type IngestRequest = {
  source: {
    text: string;
    url?: string | null | undefined;
    title?: string | null | undefined;
    extraction?: unknown;
  };
  target: IngestTarget;
};

/** An organisation a save recorded, or found already recorded under the same name. */
export type SavedOrganization = { placeholderId: string; id: string; name: string; created: boolean };

/**
 * Saves a reviewed draft: creates the agreement (all the agreement rules apply) or attaches the
 * article to an existing one, and keeps the source text and URL as the record's provenance. One
 * transaction: nothing is half-saved, the organisations recorded for it included. Visits and meetings
 * become targets when they exist (the source-to-record link is generic: record_sources(recordType,
 * recordId)).
 */
export async function ingestDraft(
  db: Db,
  ctx: RequestContext & { actor: UserActor },
  request: IngestRequest,
  writers?: RecordWriters,
) {
  const target = request.target;
  if (target.kind !== 'new_agreement' && target.kind !== 'existing_agreement') {
    if (!writers) throw new AppError('BAD_REQUEST', 'Visits and meetings cannot be saved here');
    return ingestRecord(db, ctx, request.source, target, writers);
  }
  return db.transaction(async (tx) => {
    let recordId: string;
    let regionCodes: string[];
    let created = false;
    let organizations: SavedOrganization[] = [];
    if (target.kind === 'new_agreement') {
      const { newOrganizations = [] } = target;
      organizations = await recordNewOrganizations(tx, ctx, target.agreement, newOrganizations);
      const agreement = withOrganizationIds(target.agreement, organizations);
      const result = await createAgreement(tx, ctx, agreement, { force: target.force });
      recordId = result.id;
      regionCodes = partyRegionCodes(agreement);
      created = true;
    } else {
      const existing = await getAgreement(tx, ctx.actor, target.agreementId);
      regionCodes = existing.parties.flatMap((party) => (party.regionCode ? [party.regionCode] : []));
      if (!can(ctx.actor, 'agreement:update', { regionCodes, published: existing.published })) {
        throw new AppError('FORBIDDEN', 'You may not attach sources to this agreement');
      }
      recordId = existing.id;
    }
    const source = await insertSource(tx, {
      url: request.source.url ?? null,
      title: request.source.title ?? null,
      text: request.source.text,
      extraction: request.source.extraction ?? null,
      createdBy: ctx.actor.id,
    });
    await linkSource(tx, source.id, 'agreement', recordId);
    await recordAudit(tx, ctx, {
      action: created ? 'ingest.create' : 'ingest.attach',
      entityType: 'agreement',
      entityId: recordId,
      regionCodes,
      after: { sourceId: source.id, url: source.url, title: source.title },
    });
    return {
      sourceId: source.id,
      record: { type: 'agreement' as const, id: recordId, created },
      organizations,
    };
  });
}

/**
 * Saves an article as a visit or a meeting (with the projects it names as programs of the meeting),
 * or attaches it to a visit or meeting already recorded. One transaction, like agreements.
 */
async function ingestRecord(
  db: Db,
  ctx: WriteContext,
  sourceInput: IngestRequest['source'],
  target: Exclude<IngestTarget, { kind: 'new_agreement' | 'existing_agreement' }>,
  writers: RecordWriters,
) {
  return db.transaction(async (tx) => {
    let recordType: 'visit' | 'meeting';
    let recordId: string;
    let created = true;
    const programs: Array<{ id: string; title: string }> = [];
    if (target.kind === 'new_visit') {
      recordType = 'visit';
      recordId = (await writers.createVisit(tx, ctx, target.visit)).id;
    } else if (target.kind === 'new_meeting') {
      recordType = 'meeting';
      recordId = (await writers.createMeeting(tx, ctx, target.meeting)).id;
      for (const [index, program] of target.programs.entries()) {
        try {
          programs.push(
            await writers.createProgram(tx, ctx, { ...program, parentType: 'meeting', parentId: recordId }),
          );
        } catch (error) {
          // The program's issues name its place in the request, so the review shows which one.
          if (error instanceof AppError && error.field)
            throw new AppError(
              error.code,
              error.message,
              `body.target.programs.${index}.${error.field.replace(/^body\./, '')}`,
              error.details,
            );
          throw error;
        }
      }
    } else {
      recordType = target.recordType;
      recordId = target.recordId;
      created = false;
    }
    // The record's tenancy, read once: the attached record must allow the actor to change it, and
    // the audit entry belongs to its party regions.
    const [record] = await findRecords(tx, recordType, [recordId]);
    if (!record) throw recordNotFound(recordType, recordId);
    if (!created) assertRecordAllowed(ctx.actor, recordType, record, 'record:update');
    const source = await insertSource(tx, {
      url: sourceInput.url ?? null,
      title: sourceInput.title ?? null,
      text: sourceInput.text,
      extraction: sourceInput.extraction ?? null,
      createdBy: ctx.actor.id,
    });
    await linkSource(tx, source.id, recordType, recordId);
    await recordAudit(tx, ctx, {
      action: created ? 'ingest.create' : 'ingest.attach',
      entityType: recordType,
      entityId: recordId,
      regionCodes: record.partyRegionCodes,
      after: { sourceId: source.id, url: source.url, title: source.title },
    });
    return {
      sourceId: source.id,
      record: { type: recordType, id: recordId, created },
      organizations: [],
      programs,
    };
  });
}

/**
 * Records the organisations a draft names as new parties. Each must be a party of the agreement; one
 * whose name is already recorded (same name, Indonesia) is used as it is rather than recorded twice.
 */
async function recordNewOrganizations(
  db: Db,
  ctx: RequestContext & { actor: UserActor },
  agreement: CreateInput,
  newOrganizations: readonly NewOrganization[],
): Promise<SavedOrganization[]> {
  if (newOrganizations.length === 0) return [];
  if (!hasPermission(ctx.actor, 'organization:manage')) {
    throw forbidden('ROLE_NOT_ALLOWED', 'Your role may not record organisations (organization:manage)');
  }
  const partyIds = new Set(
    agreement.parties.flatMap((party) => (party.kind === 'organization' ? [party.organizationId] : [])),
  );
  const seen = new Set<string>();
  newOrganizations.forEach((organization, index) => {
    const field = `body.target.newOrganizations.${index}.placeholderId`;
    if (seen.has(organization.placeholderId))
      throw new AppError('VALIDATION_FAILED', 'Two new organisations have the same placeholderId', field);
    seen.add(organization.placeholderId);
    if (!partyIds.has(organization.placeholderId))
      throw new AppError('VALIDATION_FAILED', 'A new organisation must be a party of the agreement', field);
  });
  const saved: SavedOrganization[] = [];
  for (const [index, organization] of newOrganizations.entries()) {
    try {
      const row = await createOrganization(db, ctx, { name: organization.name, kind: organization.kind });
      saved.push({ placeholderId: organization.placeholderId, id: row.id, name: row.name, created: true });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      const existingId = (error.details as { existingId?: unknown } | undefined)?.existingId;
      if (error.code !== 'CONFLICT' || typeof existingId !== 'string') {
        const field = error.field?.replace(/^body\./, `body.target.newOrganizations.${index}.`);
        throw new AppError(error.code, error.message, field, error.details);
      }
      saved.push({
        placeholderId: organization.placeholderId,
        id: existingId,
        name: organization.name,
        created: false,
      });
    }
  }
  return saved;
}

/** The agreement with every placeholder of a new organisation replaced by the organisation's id. */
function withOrganizationIds(
  agreement: CreateInput,
  organizations: readonly SavedOrganization[],
): CreateInput {
  if (organizations.length === 0) return agreement;
  const ids = new Map(organizations.map((organization) => [organization.placeholderId, organization.id]));
  return {
    ...agreement,
    parties: agreement.parties.map((party) =>
      party.kind === 'organization'
        ? { ...party, organizationId: ids.get(party.organizationId) ?? party.organizationId }
        : party,
    ),
    signatories: agreement.signatories?.map((signatory) => ({
      ...signatory,
      partyKey: ids.get(signatory.partyKey) ?? signatory.partyKey,
    })),
  };
}

function partyRegionCodes(input: CreateInput): string[] {
  return input.parties.flatMap((party) => (party.kind === 'region' ? [party.regionCode] : []));
}

/** Signings further apart than this from the article's date are not suggested. */
const matchWindowDays = 60;

/** Whether a party key is an organisation id (the rest are Kemendagri region codes). */
const organizationKeyPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Agreements an article may be about, ranked by how many of the article's parties (regions and
 * organisations, all of them) they share, then by how close their signing is to the article's date.
 * With two parties or more, an agreement must share at least two: one common party is every other
 * agreement that region signed. Signings more than 60 days from the date are left out.
 */
export async function suggestMatches(
  db: Db,
  actor: Actor,
  query: { parties: string[]; date?: string | undefined },
) {
  const wanted = [...new Set(query.parties)].slice(0, 20);
  if (wanted.length === 0) return [];
  const target = query.date ? Date.parse(query.date) : null;
  // The signing years the window touches: at most two, so each party costs one or two indexed queries.
  const years =
    target === null
      ? [undefined]
      : [
          ...new Set(
            [-matchWindowDays, matchWindowDays].map((days) =>
              new Date(target + days * 86_400_000).getUTCFullYear(),
            ),
          ),
        ];
  const candidates = new Map<string, Awaited<ReturnType<typeof listAgreements>>['items'][number]>();
  for (const key of wanted) {
    const filter = organizationKeyPattern.test(key) ? { partner: key } : { party: key };
    for (const year of years) {
      const page = await listAgreements(db, actor, { ...filter, year, page: 1, pageSize: 100 });
      for (const item of page.items) candidates.set(item.id, item);
    }
  }
  const needed = Math.min(2, wanted.length);
  return [...candidates.values()]
    .map((item) => {
      const keys = new Set(item.parties.map((party) => party.regionCode ?? party.organizationId ?? ''));
      const sharedParties = wanted.filter((key) => keys.has(key)).length;
      const signed = item.signingDate ? Date.parse(item.signingDate) : null;
      const days = target !== null && signed !== null ? Math.abs(signed - target) / 86_400_000 : null;
      return {
        ...item,
        sharedParties,
        // Parties of the agreement the article does not name: fewer is a closer match.
        otherParties: keys.size - sharedParties,
        daysApart: days === null ? null : Math.round(days),
      };
    })
    .filter((item) => item.sharedParties >= needed)
    .filter((item) => item.daysApart === null || item.daysApart <= matchWindowDays)
    .sort(
      (a, b) =>
        b.sharedParties - a.sharedParties ||
        a.otherParties - b.otherParties ||
        (a.daysApart ?? 1e9) - (b.daysApart ?? 1e9) ||
        a.id.localeCompare(b.id),
    )
    .slice(0, 10)
    .map(({ otherParties: _otherParties, ...item }) => item);
}

/** The sources of a record the actor may read. */
export async function listSources(db: Db, actor: Actor, recordType: 'agreement', recordId: string) {
  await getAgreement(db, actor, recordId);
  const rows = await sourcesOf(db, recordType, recordId);
  return rows.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() }));
}

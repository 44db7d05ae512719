import { extractArticle, type ExtractionResult } from '../../../extract/index.js';
import { recordAudit, type RequestContext } from '../../audit.js';
import { can, type Actor, type UserActor } from '../../auth/policy.js';
import type { Db } from '../../db/client.js';
import { listAgreements } from '../agreements/list.service.js';
import { createAgreement, getAgreement, type CreateInput } from '../agreements/service.js';
import { insertSource, linkSource, sourcesOf } from './repo.js';
import { fetchArticle } from '../../../extract/fetch.js';
import type { Config } from '../../config.js';
import { AppError } from '../../errors.js';
import { checkPublicUrl } from './url-guard.js';

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
    if (!config.INGEST_ALLOW_PRIVATE_URLS) {
      const problem = await checkPublicUrl(request.url);
      if (problem) throw new AppError('URL_NOT_ALLOWED', `This URL cannot be fetched: ${problem}`, 'url');
    }
    const fetched = await fetchArticle(request.url, { timeoutMs: config.INGEST_FETCH_TIMEOUT_MS });
    if (!fetched.ok) {
      throw new AppError('URL_FETCH_FAILED', `The page could not be fetched: ${fetched.message}`, 'url', {
        reason: fetched.code,
      });
    }
    const result = extractArticle({
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
  const result = extractArticle({ text, html: isHtml, publishedAt: request.publishedAt });
  return { source: { url: null, finalUrl: null, kind: isHtml ? 'html' : 'text' }, result };
}

export type IngestTarget =
  | { kind: 'new_agreement'; agreement: CreateInput; force: boolean }
  | { kind: 'existing_agreement'; agreementId: string };

export type IngestRequest = {
  source: {
    text: string;
    url?: string | null | undefined;
    title?: string | null | undefined;
    extraction?: unknown;
  };
  target: IngestTarget;
};

/**
 * Saves a reviewed draft: creates the agreement (all the agreement rules apply) or attaches the
 * article to an existing one, and keeps the source text and URL as the record's provenance. One
 * transaction: nothing is half-saved. Visits and meetings become targets when they exist (the
 * source-to-record link is generic: record_sources(recordType, recordId)).
 */
export async function ingestDraft(
  db: Db,
  ctx: RequestContext & { actor: UserActor },
  request: IngestRequest,
) {
  return db.transaction(async (tx) => {
    let recordId: string;
    let regionCodes: string[];
    let created = false;
    if (request.target.kind === 'new_agreement') {
      const result = await createAgreement(tx, ctx, request.target.agreement, {
        force: request.target.force,
      });
      recordId = result.id;
      regionCodes = partyRegionCodes(request.target.agreement);
      created = true;
    } else {
      const existing = await getAgreement(tx, ctx.actor, request.target.agreementId);
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
    return { sourceId: source.id, record: { type: 'agreement' as const, id: recordId, created } };
  });
}

function partyRegionCodes(input: CreateInput): string[] {
  return input.parties.flatMap((party) => (party.kind === 'region' ? [party.regionCode] : []));
}

/**
 * Agreements an article may be about: the same party regions (the first two as party and partner)
 * signed within 60 days of the article's date, closest first.
 */
export async function suggestMatches(
  db: Db,
  actor: Actor,
  query: { parties: string[]; date?: string | undefined },
) {
  const [party, partner] = query.parties;
  if (!party) return [];
  const result = await listAgreements(db, actor, {
    party,
    partner,
    year: undefined,
    page: 1,
    pageSize: 50,
  });
  const target = query.date ? Date.parse(query.date) : null;
  return result.items
    .map((item) => {
      const signed = item.signingDate ? Date.parse(item.signingDate) : null;
      const days = target !== null && signed !== null ? Math.abs(signed - target) / 86_400_000 : null;
      return { ...item, daysApart: days === null ? null : Math.round(days) };
    })
    .filter((item) => item.daysApart === null || item.daysApart <= 60)
    .sort((a, b) => (a.daysApart ?? 1e9) - (b.daysApart ?? 1e9))
    .slice(0, 10);
}

/** The sources of a record the actor may read. */
export async function listSources(db: Db, actor: Actor, recordType: 'agreement', recordId: string) {
  await getAgreement(db, actor, recordId);
  const rows = await sourcesOf(db, recordType, recordId);
  return rows.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() }));
}

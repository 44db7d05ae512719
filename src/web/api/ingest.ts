import type {
  ActingKind,
  CooperationKind,
  DocumentType,
  KsddNature,
  Office,
  OrganizationKind,
  Stage,
} from '../../domain/agreements';
import type { MeetingFormValues, ProgramFormValues, VisitFormValues } from '../../domain/records/schema';
import type { SectorKey } from '../../domain/taxonomy/sectors';
import type { ExtractionResult } from '../../extract/types';
import { apiGet, apiSend, getCsrfToken, setCsrfToken } from './client';
import type { ItemOf, ResponseOf } from './contract';

/**
 * The ingest API (see /api/openapi.json, tag Ingest) as the browser sees it: read an article into a
 * draft, look for agreements it may be about, save the reviewed draft with the article as provenance.
 */

/** Answer of POST /api/extract. */
export type ExtractResponseDto = {
  source: { url: string | null; finalUrl: string | null; kind: 'text' | 'html' | 'url' };
  result: ExtractionResult;
};

/** Body of POST /api/extract: a text (plain or HTML) or a URL, never both. */
export type ExtractRequest = ({ text: string } | { url: string }) & {
  /** YYYY-MM-DD; completes dates the article writes without a year ("Rabu (07/08)"). */
  publishedAt?: string | undefined;
};

/** One candidate of GET /api/ingest/matches: an agreement row plus its distance to the article's date. */
export type IngestMatchDto = ItemOf<ResponseOf<'/api/ingest/matches', 'get'>>;

/** The agreement the review screen creates (AgreementCreate of the agreements API). */
export type IngestAgreementBody = {
  title: string;
  kind: CooperationKind;
  ksddNature: KsddNature | null;
  documentType: DocumentType;
  parentId: string | null;
  parties: Array<{ kind: 'region'; regionCode: string } | { kind: 'organization'; organizationId: string }>;
  signatories: Array<{ partyKey: string; name: string; office: Office; actingKind: ActingKind }>;
  signingDate: string | null;
  signingPlace: string | null;
  sectors: SectorKey[];
  notes: string | null;
  entryStage?: Stage | null;
};

/** An organisation recorded with the save; parties and signatories refer to it by `placeholderId`. */
export type NewOrganizationBody = { placeholderId: string; name: string; kind: OrganizationKind };

export type IngestTarget =
  | {
      kind: 'new_agreement';
      agreement: IngestAgreementBody;
      force?: boolean;
      newOrganizations?: NewOrganizationBody[];
    }
  | { kind: 'existing_agreement'; agreementId: string }
  | { kind: 'new_visit'; visit: VisitFormValues }
  | { kind: 'new_meeting'; meeting: MeetingFormValues; programs?: ProgramFormValues[] }
  | { kind: 'existing_record'; recordType: 'visit' | 'meeting'; recordId: string };

/** Body of POST /api/ingest. */
export type IngestRequest = {
  source: { text: string; url?: string | null; title?: string | null; extraction?: unknown };
  target: IngestTarget;
};

/** Answer of POST /api/ingest (201). */
export type IngestResponseDto = ResponseOf<'/api/ingest', 'post', 201>;

/** One provenance entry of GET /api/agreements/{id}/sources. */
export type SourceDto = ItemOf<ResponseOf<'/api/agreements/{id}/sources', 'get'>>;

/**
 * Writes need the session's CSRF token, which the auth context keeps in the client once /api/auth/me
 * has answered; a write sent before that (the page opened right after logging in) reads it itself.
 */
async function ensureCsrfToken(): Promise<void> {
  if (getCsrfToken()) return;
  const me = await apiGet<{ csrfToken: string | null }>('/api/auth/me');
  if (me.csrfToken && !getCsrfToken()) setCsrfToken(me.csrfToken);
}

/** Reads an article (text, HTML or URL) into a draft record. Nothing is saved. */
export async function extractArticle(
  body: ExtractRequest,
  signal?: AbortSignal,
): Promise<ExtractResponseDto> {
  await ensureCsrfToken();
  return apiSend<ExtractResponseDto>('POST', '/api/extract', body, signal);
}

/** Agreements sharing the parties (region codes or organisation ids), signed within 60 days of the date. */
export function listIngestMatches(
  parties: readonly string[],
  date: string | null,
  signal?: AbortSignal,
): Promise<ResponseOf<'/api/ingest/matches', 'get'>> {
  return apiGet('/api/ingest/matches', { parties: parties.join(','), date }, signal);
}

/** Saves a reviewed draft: a new agreement, or the article attached to an existing one. */
export async function saveIngest(body: IngestRequest): Promise<IngestResponseDto> {
  await ensureCsrfToken();
  return apiSend<IngestResponseDto>('POST', '/api/ingest', body);
}

/** The articles an agreement was drafted from. */
export function listAgreementSources(
  id: string,
  signal?: AbortSignal,
): Promise<ResponseOf<'/api/agreements/{id}/sources', 'get'>> {
  return apiGet(`/api/agreements/${encodeURIComponent(id)}/sources`, undefined, signal);
}

import type { PendingChange as PendingChangeDto, DeletionResult } from './pending-changes';
import type { Health } from '../../domain/monitoring/health';
import type {
  AgreementCreateInput,
  AgreementInput,
  AgreementRules,
  CooperationKind,
  DocumentKind,
  DocumentType,
  Office,
  OrganizationKind,
  Stage,
} from '../../domain/agreements';
import { apiGet, apiSend, apiUpload, buildUrl, type QueryParams } from './client';
import type { ResponseOf, Schema } from './contract';
import { documentForm } from './documents';
import type { PageDto } from './types';

/**
 * The agreements API (see /api/openapi.json, tag Agreements) as the browser sees it. The shapes mirror
 * the server's response contracts; input shapes are the domain's own schemas.
 */

/** A problem of an agreement as the server reports it (RULE_VIOLATION details, warnings, issues). */
export type IssueDto = Schema<'Issue'>;
/** One unmet requirement of a lifecycle step. */
export type RequirementDto = Schema<'Requirement'>;
export type ConfirmationsDto = Schema<'Confirmations'>;
/** One row of GET /api/agreements. */
export type AgreementListItemDto = Schema<'AgreementListItem'>;
export type AgreementSummaryDto = Schema<'AgreementSummary'>;
/** GET /api/agreements/{id}. */
export type AgreementDetailDto = Schema<'Agreement'>;
export type DetailPartyDto = AgreementDetailDto['parties'][number];
export type SignatoryDto = AgreementDetailDto['signatories'][number];
export type DocumentVersionDto = Schema<'DocumentVersion'>;
export type AgreementDocumentDto = Schema<'AgreementDocument'>;
export type TransitionDto = AgreementDetailDto['transitions'][number];
export type NextStepDto = AgreementDetailDto['nextSteps'][number];
/** An agency (OPD) responsible for carrying an agreement out. */
export type ResponsibleOpdDto = AgreementDetailDto['responsibleOpds'][number];
export type AgreementSavedDto = ResponseOf<'/api/agreements', 'post', 201>;
export type DuplicateCandidateDto = Schema<'DuplicateCandidate'>;
export type OrganizationDto = Schema<'Organization'>;
export type OfficialTermDto = Schema<'OfficialTerm'>;
export type AuditEntryDto = Schema<'AuditEntry'>;
/**
 * GET /api/settings/agreement-rules: the rule set in force (defaults with the administrator's overrides).
 * The rule sets are the domain's own schema, which the server publishes; its exhaustive records
 * (a checklist for every document type) are typed by the domain, as OpenAPI cannot say "every key".
 */
export type AgreementRulesDto = Omit<Schema<'AgreementRules'>, 'rules' | 'defaults'> & {
  rules: AgreementRules;
  defaults: AgreementRules;
};

/** One field changed by someone else: its value at the client's version (from) and now (to). */
export type FieldChangeDto = { field: string; from: unknown; to: unknown };

/** Details of 409 VERSION_CONFLICT. */
export type VersionConflictDetails = {
  currentVersion: number;
  current: AgreementDetailDto;
  changedFields: string[];
  changes: FieldChangeDto[];
};

export function getAgreementRules(signal?: AbortSignal): Promise<AgreementRulesDto> {
  return apiGet('/api/settings/agreement-rules', undefined, signal);
}

/** Filters of the list and of the CSV export; all optional. */
export type AgreementListQuery = {
  party?: string | undefined;
  partner?: string | undefined;
  kind?: CooperationKind | undefined;
  documentType?: DocumentType | undefined;
  sector?: string | undefined;
  stage?: Stage | undefined;
  year?: number | undefined;
  expiringWithinDays?: number | undefined;
  health?: Health | undefined;
  own?: boolean | undefined;
  ksbWithoutPks?: boolean | undefined;
  awaitingMyConfirmation?: boolean | undefined;
  acting?: boolean | undefined;
  /** Only agreements past their end (true) or only those still in force (false). */
  expired?: boolean | undefined;
  parentId?: string | undefined;
  q?: string | undefined;
  sort?: string | undefined;
  deleted?: boolean | undefined;
  page?: number | undefined;
  pageSize?: number | undefined;
};

function listParams(query: AgreementListQuery): QueryParams {
  return { ...query };
}

/** Searches and filters agreements (GET /api/agreements). */
export function listAgreements(
  query: AgreementListQuery,
  signal?: AbortSignal,
): Promise<PageDto<AgreementListItemDto>> {
  return apiGet('/api/agreements', listParams(query), signal);
}

/** The CSV export of the same filters, as a link target. */
export function agreementsCsvUrl(query: AgreementListQuery): string {
  const { page: _page, pageSize: _pageSize, sort: _sort, ...filters } = query;
  return buildUrl('/api/agreements/export.csv', listParams(filters));
}

export function getAgreement(id: string, signal?: AbortSignal): Promise<AgreementDetailDto> {
  return apiGet(`/api/agreements/${encodeURIComponent(id)}`, undefined, signal);
}

export type AgreementCreateBody = Omit<AgreementCreateInput, 'sectors'> & {
  sectors: string[];
  published?: boolean;
  /** OPD pelaksana (ids), each an OPD of a party region. */
  responsibleOpdIds?: string[];
};

export function createAgreement(body: AgreementCreateBody, force = false): Promise<AgreementSavedDto> {
  return apiSend('POST', force ? '/api/agreements?force=true' : '/api/agreements', body);
}

export function updateAgreement(
  id: string,
  body: Partial<Omit<AgreementInput, 'sectors'>> & {
    sectors?: string[];
    published?: boolean;
    responsibleOpdIds?: string[];
    stage?: Stage;
    stageDate?: string | null;
    version: number;
  },
): Promise<AgreementSavedDto> {
  return apiSend('PATCH', `/api/agreements/${encodeURIComponent(id)}`, body);
}

export function deleteAgreement(id: string): Promise<DeletionResult> {
  return apiSend('DELETE', `/api/agreements/${encodeURIComponent(id)}`);
}

export function restoreAgreement(id: string): Promise<AgreementDetailDto> {
  return apiSend('POST', `/api/agreements/${encodeURIComponent(id)}/restore`);
}

export function transitionAgreement(
  id: string,
  body: { toStage: Stage; date: string; note?: string | null; reason?: string | null; version?: number },
): Promise<AgreementDetailDto> {
  return apiSend('POST', `/api/agreements/${encodeURIComponent(id)}/transitions`, body);
}

export type { PendingChangeDto };

export function confirmAgreement(id: string): Promise<ResponseOf<'/api/agreements/{id}/confirm', 'post'>> {
  return apiSend('POST', `/api/agreements/${encodeURIComponent(id)}/confirm`);
}

export function findDuplicateAgreements(
  query: {
    kind: string;
    documentType: string;
    parties: string[];
    signingDate?: string | null;
    title: string;
  },
  signal?: AbortSignal,
): Promise<ResponseOf<'/api/agreements/duplicates', 'get'>> {
  return apiGet(
    '/api/agreements/duplicates',
    {
      kind: query.kind,
      documentType: query.documentType,
      parties: query.parties.join(','),
      signingDate: query.signingDate ?? undefined,
      title: query.title,
    },
    signal,
  );
}

/** Uploads a file (or a new version of a document) as multipart form data. */
export function uploadAgreementDocument(
  id: string,
  input: { file: File; kind: DocumentKind; title: string; documentId?: string; note?: string },
): Promise<{ id: string; kind: DocumentKind; title: string; version: DocumentVersionDto }> {
  return apiUpload(`/api/agreements/${encodeURIComponent(id)}/documents`, documentForm(input));
}

export function listOrganizations(
  query: { q?: string; kind?: OrganizationKind; pageSize?: number },
  signal?: AbortSignal,
): Promise<PageDto<OrganizationDto>> {
  return apiGet('/api/organizations', query, signal);
}

export function createOrganization(body: {
  name: string;
  kind: OrganizationKind;
  country?: string;
  regionCode?: string | null;
}): Promise<OrganizationDto> {
  return apiSend('POST', '/api/organizations', body);
}

/** Terms of office; with office and date, `holder` is who held the post that day. */
export function findOfficials(
  query: { regionCode: string; office?: Office; date?: string },
  signal?: AbortSignal,
): Promise<ResponseOf<'/api/officials', 'get'>> {
  return apiGet('/api/officials', query, signal);
}

export function agreementAudit(id: string, signal?: AbortSignal): Promise<PageDto<AuditEntryDto>> {
  return apiGet('/api/audit', { entityType: 'agreement', entityId: id, pageSize: 100 }, signal);
}

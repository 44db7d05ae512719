import type { PendingChange as PendingChangeDto, DeletionResult } from './pending-changes';
import type { Health, HealthReason } from '../../domain/monitoring/health';
import type {
  ActingKind,
  AgreementCreateInput,
  AgreementInput,
  AgreementRules,
  ContentItemKey,
  CooperationKind,
  DocumentKind,
  DocumentTextStatus,
  DocumentType,
  EffectiveStatus,
  IssueCode,
  Office,
  OrganizationKind,
  Stage,
} from '../../domain/agreements';
import { apiGet, apiSend, apiUpload, buildUrl, type QueryParams } from './client';
import type { PageDto } from './types';

/**
 * The agreements API (see /api/openapi.json, tag Agreements) as the browser sees it. The shapes mirror
 * the server's response contracts; input shapes are the domain's own schemas.
 */

/** A problem of an agreement as the server reports it (RULE_VIOLATION details, warnings, issues). */
export type IssueDto = {
  code: IssueCode | string;
  severity: 'error' | 'warning';
  field: string | null;
  message: string;
  params?: Record<string, string | number>;
};

/** One unmet requirement of a lifecycle step. */
export type RequirementDto = {
  code: IssueCode | string;
  kind: 'role' | 'condition' | 'data' | 'document';
  field: string | null;
  message: string;
  params?: Record<string, string | number>;
};

export type ConfirmationsDto = { confirmed: number; total: number };

/** One row of GET /api/agreements. */
export type AgreementListItemDto = {
  id: string;
  kind: CooperationKind;
  ksddNature: string | null;
  documentType: DocumentType;
  parentId: string | null;
  title: string;
  signingDate: string | null;
  signingPlace: string | null;
  validFrom: string | null;
  validUntil: string | null;
  sectors: string[];
  stage: Stage;
  stageDate: string | null;
  effectiveStatus: EffectiveStatus;
  actingSignatory: boolean;
  published: boolean;
  health: Health;
  healthReasons: HealthReason[];
  parties: Array<{
    kind: 'region' | 'organization';
    regionCode: string | null;
    organizationId: string | null;
    name: string;
    documentNumber: string | null;
    confirmed: boolean;
  }>;
  confirmations: ConfirmationsDto;
  version: number;
  updatedAt: string;
  deletedAt: string | null;
};

export type AgreementSummaryDto = {
  id: string;
  title: string;
  kind: string;
  documentType: DocumentType;
  signingDate: string | null;
  validFrom: string | null;
  validUntil: string | null;
  stage: Stage;
  effectiveStatus: EffectiveStatus;
};

export type DetailPartyDto = {
  id: string;
  key: string;
  kind: 'region' | 'organization';
  regionCode: string | null;
  organizationId: string | null;
  name: string;
  regionLevel: 'provinsi' | 'kabupaten' | 'kota' | null;
  organizationKind: OrganizationKind | null;
  documentNumber: string | null;
  role: string | null;
  rights: string[];
  obligations: string[];
  financing: { source: string; amount: number | null; note: string | null } | null;
  confirmedAt: string | null;
  confirmedBy: string | null;
};

export type SignatoryDto = {
  id: string;
  partyId: string;
  partyKey: string;
  name: string;
  office: Office;
  position: string | null;
  actingKind: ActingKind;
  officialId: string | null;
  mandate: { number: string; date: string } | null;
};

export type DocumentVersionDto = {
  version: number;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  hasText: boolean;
  /** What became of the text extraction (a failure still stores the file). */
  textStatus: DocumentTextStatus;
  note: string | null;
  createdBy: string | null;
  createdAt: string;
  downloadUrl: string;
};

export type AgreementDocumentDto = {
  id: string;
  kind: DocumentKind;
  title: string;
  createdAt: string;
  latestVersion: number;
  versions: DocumentVersionDto[];
};

export type TransitionDto = {
  id: string;
  fromStage: Stage | null;
  toStage: Stage;
  date: string;
  note: string | null;
  actorUserId: string | null;
  createdAt: string;
};

export type NextStepDto = { stage: Stage; allowed: boolean; missing: RequirementDto[] };

/** An agency (OPD) responsible for carrying an agreement out. */
export type ResponsibleOpdDto = { id: string; regionCode: string; name: string; abbreviation: string | null };

/** GET /api/agreements/{id}. */
export type AgreementDetailDto = {
  id: string;
  title: string;
  kind: CooperationKind;
  ksddNature: 'wajib' | 'sukarela' | null;
  documentType: DocumentType;
  parentId: string | null;
  signingDate: string | null;
  signingPlace: string | null;
  validFrom: string | null;
  validUntil: string | null;
  sectors: string[];
  purpose: string | null;
  objectScope: string | null;
  content: Record<string, boolean>;
  burdensCommunity: boolean;
  fundingNotInCurrentApbd: boolean;
  notes: string | null;
  stage: Stage;
  stageDate: string | null;
  effectiveStatus: EffectiveStatus;
  daysUntilExpiry: number | null;
  followUpStatus: 'not_applicable' | 'followed_up' | 'pending' | 'overdue';
  health: Health;
  healthReasons: HealthReason[];
  actingSignatory: boolean;
  published: boolean;
  /** OPD pelaksana: the agencies that carry the agreement out. */
  responsibleOpds: ResponsibleOpdDto[];
  /** What the caller may do on this record, as the server's policy answers. */
  access: { update: boolean; uploadDocuments: boolean; publish: boolean };
  ownerRegionCode: string | null;
  partyRegionCodes: string[];
  parties: DetailPartyDto[];
  signatories: SignatoryDto[];
  parent: AgreementSummaryDto | null;
  children: AgreementSummaryDto[];
  transitions: TransitionDto[];
  documents: AgreementDocumentDto[];
  confirmations: ConfirmationsDto;
  pendingConfirmations: string[];
  /** Changes waiting for the other parties' consent (removing a party, publishing); parties only. */
  pendingChanges: PendingChangeDto[];
  checklist: Array<{ key: ContentItemKey; label: { id: string; en: string }; present: boolean }>;
  issues: IssueDto[];
  nextSteps: NextStepDto[];
  version: number;
  createdBy: string | null;
  createdAt: string;
  updatedBy: string | null;
  updatedAt: string;
  auditUrl: string;
  deletedAt?: string | null;
};

export type AgreementSavedDto = AgreementDetailDto & { warnings: IssueDto[] };

export type DuplicateCandidateDto = {
  id: string;
  title: string;
  kind: string;
  documentType: string;
  signingDate: string | null;
  ownerRegionCode: string | null;
  score: number;
  parties: Array<{
    kind: 'region' | 'organization';
    regionCode: string | null;
    organizationId: string | null;
    name: string;
    confirmed: boolean;
  }>;
};

export type OrganizationDto = {
  id: string;
  name: string;
  kind: OrganizationKind;
  identifiers: Record<string, string>;
  country: string;
  regionCode: string | null;
  /** The region whose administrators may change the entry (null: only a system administrator). */
  ownerRegionCode: string | null;
  createdAt: string;
  updatedAt: string;
};

export type OfficialTermDto = {
  id: string;
  personName: string;
  office: Office;
  actingKind: ActingKind;
  regionCode: string;
  start: string;
  end: string | null;
  createdAt: string;
};

export type AuditEntryDto = {
  id: number;
  at: string;
  actorUserId: string | null;
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string;
  changes: unknown;
  note: string | null;
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

/** GET /api/settings/agreement-rules: the rule set in force (defaults with the administrator's overrides). */
export type AgreementRulesDto = {
  rules: AgreementRules;
  overrides: Record<string, unknown>;
  defaults: AgreementRules;
  updatedAt: string | null;
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

export function confirmAgreement(
  id: string,
): Promise<{ confirmations: ConfirmationsDto; pendingConfirmations: string[]; parties: DetailPartyDto[] }> {
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
): Promise<{ candidates: DuplicateCandidateDto[] }> {
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
  const form = new FormData();
  form.set('file', input.file);
  form.set('kind', input.kind);
  form.set('title', input.title);
  if (input.documentId) form.set('documentId', input.documentId);
  if (input.note) form.set('note', input.note);
  return apiUpload(`/api/agreements/${encodeURIComponent(id)}/documents`, form);
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
): Promise<{ items: OfficialTermDto[]; holder: OfficialTermDto | null }> {
  return apiGet('/api/officials', query, signal);
}

export function agreementAudit(id: string, signal?: AbortSignal): Promise<PageDto<AuditEntryDto>> {
  return apiGet('/api/audit', { entityType: 'agreement', entityId: id, pageSize: 100 }, signal);
}

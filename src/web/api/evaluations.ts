import type { EvaluatorRole } from '../../domain/monitoring/evaluation';
import { apiGet, apiSend } from './client';
import type { ResponseOf, Schema } from './contract';

export type IndicatorDto = EvaluationDto['indicators'][number];

export type EvaluationDto = Schema<'Evaluation'>;

export type EvaluationDetailDto = ResponseOf<'/api/evaluations/{id}', 'get'>;

export type PeriodStatusDto = EvaluationStatusDto['periods'][number];

export type EvaluationStatusDto = Schema<'EvaluationStatus'>;

/** What a form sends: the fields of its role (the server checks them with the domain's schema). */
export type EvaluationBody = {
  period: string;
  evaluatorRole: EvaluatorRole;
  indicators?: Array<{
    name: string;
    unit: string;
    baseline: number | null;
    target: number | null;
    actual: number | null;
  }>;
  ratings?: Record<string, number>;
  narrative?: string | null;
  problems?: string | null;
  followUp?: string | null;
  evidenceLinks?: Array<{ url: string; label?: string | null }>;
};

const agreementPath = (id: string) => `/api/agreements/${encodeURIComponent(id)}/evaluations`;
const evaluationPath = (id: string) => `/api/evaluations/${encodeURIComponent(id)}`;

export function listEvaluations(
  agreementId: string,
  signal?: AbortSignal,
): Promise<{ items: EvaluationDto[]; forms: EvaluatorRole[] }> {
  return apiGet(agreementPath(agreementId), undefined, signal);
}

export function getEvaluationStatus(agreementId: string, signal?: AbortSignal): Promise<EvaluationStatusDto> {
  return apiGet(`${agreementPath(agreementId)}/status`, undefined, signal);
}

export function getEvaluation(id: string, signal?: AbortSignal): Promise<EvaluationDetailDto> {
  return apiGet(evaluationPath(id), undefined, signal);
}

export function createEvaluation(agreementId: string, body: EvaluationBody): Promise<EvaluationDto> {
  return apiSend('POST', agreementPath(agreementId), body);
}

export function updateEvaluation(
  id: string,
  body: Partial<Omit<EvaluationBody, 'evaluatorRole'>> & { version: number },
): Promise<EvaluationDto> {
  return apiSend('PATCH', evaluationPath(id), body);
}

export function deleteEvaluation(id: string, version: number): Promise<{ ok: true }> {
  return apiSend('DELETE', `${evaluationPath(id)}?version=${version}`);
}

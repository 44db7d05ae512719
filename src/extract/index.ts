/**
 * The article extractor: article text or HTML -> draft cooperation record with evidence.
 * Pure: no I/O. Fetching an article URL is the import feature's job (server/features/ingest/fetch.ts).
 */
export { articleHash, extractArticle, onRuleFailure } from './extract';
export type { RuleFailure } from './extract';
export { cleanArticle, htmlToText } from './clean';
export { scoreExtraction, scoredFields, f1 } from './score';
export type { ArticleScore, ExtractionTruth, ScoredField } from './score';
export {
  documentTypes,
  eventTypes,
  evidenceItemSchema,
  extractionResultSchema,
  officeKeys,
  organizationKinds,
} from './types';
export type {
  DocumentType,
  EventType,
  EvidenceItem,
  ExtractionInput,
  ExtractionResult,
  OfficeKey,
  Official,
  Organization,
  Party,
  Project,
} from './types';

/**
 * Cooperation agreements: vocabulary, input schemas, rules, validation, lifecycle and duplicate detection.
 * The public face of src/domain/agreements, shared by the server, the UI and the extractor.
 */
export * from './kinds';
export * from './stages';
export { addDays, addMonths, addYears, daysBetween, isIsoDate, isoDateSchema } from './dates';
export type { IsoDate } from './dates';
export { hasErrors, issueCodes, issueMessages, issuesFromZod, makeIssue } from './issues';
export type { Issue, IssueCode, IssueSeverity } from './issues';
export {
  agreementCreateSchema,
  agreementFieldsSchema,
  agreementInputSchema,
  agreementUpdateSchema,
  consistencyIssues,
  contentEntrySchema,
  contentFlagsSchema,
  financingSchema,
  mandateSchema,
  organizationPartySchema,
  parseAgreementInput,
  partyKey,
  partySchema,
  regionCodeSchema,
  regionPartySchema,
  signatorySchema,
} from './schema';
export type {
  AgreementCreateInput,
  AgreementFormValues,
  AgreementInput,
  AgreementUpdateInput,
  ContentEntry,
  ContentFlags,
  Financing,
  Mandate,
  OrganizationParty,
  Party,
  RegionParty,
  Signatory,
} from './schema';
export {
  agreementRulesSchema,
  agreementStatus,
  agreementStatusLabels,
  agreementStatuses,
  confirmationSummary,
  confirmedFieldsChanged,
  contentChecklist,
  daysUntilExpiry,
  defaultAgreementRules,
  dprdFlags,
  dueExpiryReminder,
  effectiveStatus,
  effectiveStatusLabels,
  evaluationProgress,
  expiresWithinDays,
  futureDateIssue,
  implementingAgreementDeadline,
  implementingAgreementStatus,
  latestAcceptedDates,
  nextReportingDeadline,
  reportingPeriodOf,
  requiresDprdApproval,
  validateAgreement,
} from './rules';
export type {
  AgreementRules,
  AgreementStatus,
  ContentChecklistItem,
  DprdFlag,
  EffectiveStatus,
  ParentAgreement,
  PartyConfirmation,
  PartyWithConfirmation,
  ReportingPeriod,
  ValidationContext,
} from './rules';
export {
  allowedRoles,
  applyTransition,
  candidateStages,
  checkEntryStage,
  entryStages,
  entryStagesFor,
  firstStageFor,
  nextSteps,
  stagePathFor,
  stepDateIssues,
  transitionNote,
} from './lifecycle';
export type {
  LifecycleAgreement,
  LifecycleRole,
  NextStep,
  Requirement,
  RequirementKind,
  TransitionContext,
  TransitionResult,
} from './lifecycle';
export {
  deriveEntryStage,
  entryHistory,
  impliedStageDate,
  orderProblems,
  signingStageOf,
  stepBeforePreviousStep,
} from './entry-history';
export type { EntryHistoryOptions, StageStep } from './entry-history';
export {
  defaultDuplicateOptions,
  looksLikeSameAgreement,
  normalizeSearchText,
  titleSimilarity,
  titleTokens,
} from './duplicates';
export type { DuplicateCandidate, DuplicateOptions, DuplicateVerdict } from './duplicates';

import { describe, expect, it } from 'vitest';
import * as agreements from './index';

describe('agreements public API', () => {
  it('exposes the schemas, rules, lifecycle and duplicate detection from one module', () => {
    for (const name of [
      'agreementInputSchema',
      'agreementCreateSchema',
      'agreementUpdateSchema',
      'agreementRulesSchema',
      'defaultAgreementRules',
      'validateAgreement',
      'contentChecklist',
      'confirmationSummary',
      'effectiveStatus',
      'agreementStatus',
      'normalizeSearchText',
      'entryStages',
      'allowedRoles',
      'partyKindSchema',
      'expiresWithinDays',
      'nextSteps',
      'applyTransition',
      'checkEntryStage',
      'looksLikeSameAgreement',
      'headOfficeFor',
      'issueMessages',
    ] as const)
      expect(agreements[name], name).toBeDefined();
  });

  it('has an English message for every issue code', () => {
    for (const code of agreements.issueCodes)
      expect(agreements.issueMessages[code].length, code).toBeGreaterThan(5);
  });
});

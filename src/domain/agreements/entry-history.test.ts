import { describe, expect, it } from 'vitest';
import { deriveEntryStage, entryHistory } from './entry-history';
import { agreement, seed000Ksb } from './seed-agreements.test-support';

const today = '2026-12-06';
const context = { today, documents: [], parentDocumentType: undefined, linkedDocumentTypes: [] };
const numbered = {
  parties: [
    { kind: 'region' as const, regionCode: '32.75', documentNumber: '130/01/KSB/2024' },
    { kind: 'region' as const, regionCode: '35.73', documentNumber: '180/07/35.73.112/2024' },
  ],
};

describe('deriveEntryStage', () => {
  it('puts seed 000, signed in 2024 without numbers or validity, at its signing stage', () => {
    expect(deriveEntryStage(agreement(seed000Ksb), context)).toBe('ksb');
  });

  it('puts a signed agreement whose validity has started in pelaksanaan', () => {
    const input = agreement(seed000Ksb, { ...numbered, validFrom: '2024-08-07', validUntil: '2029-08-06' });
    expect(deriveEntryStage(input, context)).toBe('pelaksanaan');
  });

  it('keeps a proposal (no signing date, or one in the future) at the first stage', () => {
    expect(deriveEntryStage(agreement(seed000Ksb, { signingDate: null }), context)).toBe('persiapan');
    expect(deriveEntryStage(agreement(seed000Ksb, { signingDate: '2027-01-01' }), context)).toBe('persiapan');
  });

  it('falls back to the first stage when the actor may not enter a later one', () => {
    expect(
      deriveEntryStage(agreement(seed000Ksb), context, undefined, (stage) => stage === 'persiapan'),
    ).toBe('persiapan');
  });
});

describe('entryHistory', () => {
  it('dates the steps from the data, in order', () => {
    const input = agreement(seed000Ksb, { validFrom: '2024-09-01', validUntil: '2029-08-31' });
    expect(entryHistory(input, 'monitoring_evaluasi', '2025-03-01', { today })).toEqual({
      steps: [
        { stage: 'ksb', date: '2024-08-07' },
        { stage: 'pelaksanaan', date: '2024-09-01' },
        { stage: 'monitoring_evaluasi', date: '2025-03-01' },
      ],
      problems: [],
    });
    expect(entryHistory(input, 'ksb', null, { today }).steps).toEqual([{ stage: 'ksb', date: '2024-08-07' }]);
    expect(entryHistory(input, 'persiapan', null, { today }).steps).toEqual([
      { stage: 'persiapan', date: today },
    ]);
  });

  it('refuses a stage dated before the step it follows, naming that step and its date', () => {
    const { problems } = entryHistory(agreement(seed000Ksb), 'pelaksanaan', '2024-08-01', { today });
    expect(problems).toEqual([
      expect.objectContaining({
        code: 'STEP_BEFORE_PREVIOUS_STEP',
        field: 'entryStageDate',
        params: { previousStage: 'ksb', previousDate: '2024-08-07', stage: 'pelaksanaan' },
      }),
    ]);
  });
});

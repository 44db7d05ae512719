import { describe, expect, it } from 'vitest';
import { stagePatchOf } from './form-model';

describe('stagePatchOf', () => {
  const stored = { entryStage: 'persiapan' as const, entryStageDate: '2026-12-06' };

  it('sends nothing while the stage and its date are as stored', () => {
    expect(stagePatchOf(stored, stored)).toEqual({});
  });

  it('sends the stage and its date once either changes; an empty date lets the data decide', () => {
    expect(stagePatchOf(stored, { entryStage: 'ksb', entryStageDate: '' })).toEqual({
      stage: 'ksb',
      stageDate: null,
    });
    expect(stagePatchOf(stored, { entryStage: 'persiapan', entryStageDate: '2024-06-01' })).toEqual({
      stage: 'persiapan',
      stageDate: '2024-06-01',
    });
  });
});

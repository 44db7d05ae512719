import { describe, expect, it } from 'vitest';
import { labelIn } from '../../../domain/agreements';
import { meetingInputSchema } from '../../../domain/records/schema';
import { errorLines, issueWording, schemaErrors } from '../../forms/schema-errors';
import type { Translate } from '../../i18n/context';
import { translate } from '../../i18n/translate';
import { emptyDraft, inputOf, type Draft } from './meeting-form';

const id: Translate = (key, params) => translate('id', key, params);
const word = issueWording(id, (label) => labelIn(label, 'id'));
const errorsOf = (draft: Draft) => schemaErrors(meetingInputSchema, inputOf(draft), word);

describe('the meeting form, checked with the domain schema', () => {
  it('accepts an audiensi of Kota Bekasi', () => {
    const draft: Draft = {
      ...emptyDraft,
      title: 'Audiensi Kota Bekasi',
      participants: [{ ...emptyDraft.participants[0]!, regionCode: '32.75' }],
    };
    expect(errorsOf(draft)).toEqual({});
  });

  it('refuses a meeting of no regional government, in Indonesian, before asking the server', () => {
    const draft: Draft = {
      ...emptyDraft,
      title: 'Rapat dengan kementerian',
      participants: [{ ...emptyDraft.participants[0]!, name: 'Kementerian PUPR' }],
      persons: [{ name: '', post: 'Direktur' }],
    };
    const errors = errorsOf(draft);
    expect(errors.participants).toBe(id('issue.REGION_PARTY_REQUIRED'));
    expect(errors.participants).toContain('Sedikitnya satu pemerintah daerah harus ikut serta');
    expect(Object.keys(errors)).toContain('persons.0.name');
    for (const line of errorLines(id, errors)) expect(line).not.toMatch(/\b[a-z]+\.\d/i);
  });
});

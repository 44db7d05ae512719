import { describe, expect, it } from 'vitest';
import { labelIn } from '../../../domain/agreements';
import { programInputSchema } from '../../../domain/records/schema';
import { errorLines, issueWording, schemaErrors } from '../../forms/schema-errors';
import type { Translate } from '../../i18n/context';
import { translate } from '../../i18n/translate';
import { programBodyOf, programFormOf, type ProgramFormState } from './program-form';

const id: Translate = (key, params) => translate('id', key, params);
const word = issueWording(id, (label) => labelIn(label, 'id'));
const errorsOf = (values: ProgramFormState) => schemaErrors(programInputSchema, programBodyOf(values), word);

/** A road program funded by Kota Bekasi for Kabupaten Bekasi. */
function filled(): ProgramFormState {
  return {
    ...programFormOf(undefined, null, null),
    title: 'Bantuan keuangan jalan perbatasan',
    funderRegionCode: '32.75',
    recipientRegionCode: '32.16',
  };
}

describe('the program form, checked with the domain schema', () => {
  it('accepts a program with its funder and recipient', () => {
    expect(errorsOf(filled())).toEqual({});
  });

  it('names the budget line and field of a realisation over the budget without a note', () => {
    const errors = errorsOf({
      ...filled(),
      budgets: [{ year: 2024, budget: 10, realisation: 11, note: '' }],
    });
    expect(errors).toEqual({ 'budgets.0.realisation': id('issue.REALISATION_EXCEEDS_BUDGET') });
    expect(errorLines(id, errors)).toEqual([
      `Anggaran 1 – Realisasi: ${id('issue.REALISATION_EXCEEDS_BUDGET')}`,
    ]);
  });

  it('requires a funder and a recipient, in Indonesian', () => {
    const errors = errorsOf({ ...filled(), funderRegionCode: null, recipientRegionCode: null });
    expect(errors.funderRegionCode).toBe(id('issue.FUNDER_REQUIRED'));
    expect(errors.recipientRegionCode).toBe(id('issue.RECIPIENT_REQUIRED'));
  });
});

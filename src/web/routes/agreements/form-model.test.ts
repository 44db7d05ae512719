import { describe, expect, it } from 'vitest';
import { makeIssue, type IssueCode } from '../../../domain/agreements';
import type { IssueDto } from '../../api/agreements';
import {
  checkForm,
  emptyForm,
  formErrorsOf,
  payloadFromForm,
  stagePatchOf,
  type FormState,
} from './form-model';

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

/** A filled-in KSB of Kota Bekasi and Kota Malang; only the second party's signatory is named. */
function filledForm(): FormState {
  const form = emptyForm('32.75');
  const [first, second] = form.parties;
  if (!first || !second) throw new Error('two parties expected');
  return {
    ...form,
    title: 'Kesepakatan Bersama Kota Bekasi dan Kota Malang',
    ksddNature: 'sukarela',
    parties: [first, { ...second, regionCode: '35.73' }].map((party, index) => ({
      ...party,
      signatories: party.signatories.map((signatory) => ({
        ...signatory,
        name: index === 1 ? 'Wahyu Hidayat' : '',
        // Choosing the region sets its head's office (the form does it on the region's change).
        office: index === 1 ? 'wali_kota' : signatory.office,
      })),
    })),
  };
}

describe('form values to the request body', () => {
  it('sends the named signatories flat, with the party each signs for, and trims the text fields', () => {
    const form = filledForm();
    const { body, signatoryIndex } = payloadFromForm({ ...form, purpose: '  Pariwisata  ', notes: ' ' });
    expect(body.signatories).toEqual([
      expect.objectContaining({
        partyKey: '35.73',
        name: 'Wahyu Hidayat',
        office: 'wali_kota',
        mandate: null,
      }),
    ]);
    // The blank signatory row of the first party is no entry; the one sent sits at party 1, row 0.
    expect(signatoryIndex).toEqual([[1, 0]]);
    expect(body.purpose).toBe('Pariwisata');
    expect(body.notes).toBeNull();
    expect(body.parties.map((party) => ('regionCode' in party ? party.regionCode : null))).toEqual([
      '32.75',
      '35.73',
    ]);
  });
});

describe('checkForm and formErrorsOf', () => {
  const message = (issue: IssueDto) => `issue.${issue.code}`;

  it('passes a complete form', () => {
    expect(checkForm(filledForm()).issues).toEqual([]);
  });

  it('places the schema issues of an empty form at the form fields, by issue code', () => {
    const form = emptyForm('32.75');
    const { issues, signatoryIndex } = checkForm(form);
    const errors = formErrorsOf(issues, signatoryIndex, message);
    expect(errors.title).toBe('issue.TOO_SHORT');
    // The second party has no region yet: required, not a wrong type.
    expect(errors['parties.1.regionCode']).toBe('issue.REQUIRED');
    expect(errors['parties.0.regionCode']).toBeUndefined();
  });

  it("places a payload signatory's issue under its party in the form", () => {
    const form = filledForm();
    const { signatoryIndex } = checkForm(form);
    const issue = makeIssue('SIGNATORY_NOT_A_PARTY', 'error', 'signatories.0.partyKey');
    expect(formErrorsOf([issue], signatoryIndex, message)).toEqual({
      'parties.1.signatories.0': 'issue.SIGNATORY_NOT_A_PARTY',
    });
  });

  it('joins the distinct messages of one field, and leaves out warnings and issues of no field', () => {
    const issue = (code: IssueCode, severity: 'error' | 'warning', field: string | null) =>
      makeIssue(code, severity, field);
    expect(
      formErrorsOf(
        [
          issue('REQUIRED', 'error', 'title'),
          issue('TOO_LONG', 'error', 'title'),
          issue('REQUIRED', 'error', 'title'),
          issue('SIGNING_DATE_IN_FUTURE', 'warning', 'signingDate'),
          issue('PARTIES_TOO_FEW', 'error', null),
        ],
        [],
        message,
      ),
    ).toEqual({ title: 'issue.REQUIRED; issue.TOO_LONG' });
  });
});

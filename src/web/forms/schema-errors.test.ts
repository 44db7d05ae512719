import { describe, expect, it } from 'vitest';
import { labelIn, makeIssue } from '../../domain/agreements';
import { visitInputSchema } from '../../domain/records/schema';
import { ApiError } from '../api/client';
import type { Translate } from '../i18n/context';
import { translate } from '../i18n/translate';
import { emptyVisitForm, visitBodyOf, type VisitFormState } from '../routes/visits/visit-form';
import { apiFormErrors, errorLines, issueWording, recordErrorKey, schemaErrors } from './schema-errors';

const id: Translate = (key, params) => translate('id', key, params);
const word = issueWording(id, (label) => labelIn(label, 'id'));

/** A visit of Kota Bekasi to Kota Malang that the schema accepts. */
function validVisit(): VisitFormState {
  return {
    ...emptyVisitForm('32.75'),
    title: 'Kunjungan kerja ke Kota Malang',
    hostRegionCode: '35.73',
    startDate: '2025-01-16',
    endDate: '2025-01-16',
  };
}

const visitErrors = (values: VisitFormState) => schemaErrors(visitInputSchema, visitBodyOf(values), word);

describe('schemaErrors on the visit form', () => {
  it('accepts a complete visit (a blank topic row is not an entry)', () => {
    expect(visitErrors(validVisit())).toEqual({});
  });

  it('words the checks of the domain schema in Indonesian, at the form’s fields', () => {
    const errors = visitErrors({ ...validVisit(), title: 'ab', hostRegionCode: null });
    expect(errors).toEqual({
      title: 'Terlalu pendek: minimal 3 karakter.',
      hostRegionCode: 'Wajib diisi',
    });
  });

  it('places the domain rules of a visit (date order, a visitor from elsewhere)', () => {
    const errors = visitErrors({ ...validVisit(), hostRegionCode: '32.75', endDate: '2025-01-15' });
    expect(Object.keys(errors).sort()).toEqual(['endDate', 'visitors']);
    expect(errors.endDate).toBe(id('issue.END_BEFORE_START'));
    expect(errors.visitors).toBe(id('issue.HOST_ONLY_VISITOR'));
  });

  it('lists the errors with their field in words, never as raw paths', () => {
    const values = validVisit();
    const errors = visitErrors({
      ...values,
      title: '',
      visitors: [...values.visitors, { regionCode: null, institution: 'pemda', name: '' }],
    });
    expect(Object.keys(errors)).toContain('visitors.1');
    const lines = errorLines(id, errors);
    expect(lines).toHaveLength(Object.keys(errors).length);
    for (const line of lines) expect(line).not.toMatch(/\b[a-z]+\.\d/i);
    expect(lines).toContain('Judul: Terlalu pendek: minimal 3 karakter.');
  });
});

describe('apiFormErrors', () => {
  it('places the issues of a refused save at their fields', () => {
    const refused = new ApiError({
      code: 'RULE_VIOLATION',
      message: 'rules',
      status: 422,
      details: [
        makeIssue('UNKNOWN_REGION', 'error', 'hostRegionCode'),
        makeIssue('END_BEFORE_START', 'warning', 'endDate'),
      ],
    });
    expect(apiFormErrors(id, refused, word)).toEqual({ hostRegionCode: id('issue.UNKNOWN_REGION') });
  });

  it('keeps a failure of no field for the whole form, in words', () => {
    const failed = new ApiError({ code: 'FORBIDDEN', message: 'no', status: 403 });
    const errors = apiFormErrors(id, failed, word);
    expect(Object.keys(errors)).toEqual([recordErrorKey]);
    expect(errorLines(id, errors)).toEqual([id('apiError.FORBIDDEN')]);
  });
});

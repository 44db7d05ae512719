import { describe, expect, it } from 'vitest';
import { errorCodes, errorReasons } from '../../domain/errors';
import { ApiError } from '../api/client';
import { apiErrorMessage, apiErrorWithField, formErrors, validationMessage } from './api-errors';
import type { Translate } from './context';
import { loadDictionary } from './translate';

// English is loaded on demand in the UI; these tests read it.
await loadDictionary('en');
import { en as enMessages } from './en';
import { fieldPathLabel } from './field-label';
import { id as idMessages } from './id';
import { translate } from './translate';

const id: Translate = (key, params) => translate('id', key, params);
const en: Translate = (key, params) => translate('en', key, params);

function validationError(field: string, issue: Record<string, unknown>, message = 'server wording') {
  return new ApiError({
    code: 'VALIDATION_FAILED',
    message: `${field}: ${message}`,
    status: 400,
    field,
    details: [{ path: field.replace(/^body\./, ''), message, ...issue }],
  });
}

describe('validation messages', () => {
  it('word zod issues in the user language, with their limits', () => {
    expect(validationMessage(id, { code: 'too_small', origin: 'string', minimum: 2 })).toBe(
      'Terlalu pendek: minimal 2 karakter.',
    );
    expect(validationMessage(en, { code: 'too_big', origin: 'string', maximum: 200 })).toBe(
      'Too long: at most 200 characters.',
    );
    expect(validationMessage(id, { code: 'too_small', origin: 'string', minimum: 1 })).toBe('Wajib diisi.');
    expect(validationMessage(id, { code: 'invalid_format', format: 'email' })).toBe(
      'Alamat surel tidak valid.',
    );
    expect(validationMessage(id, { code: 'invalid_format', format: 'regex' })).toBe(
      'Formatnya tidak sesuai.',
    );
    expect(validationMessage(id, { code: 'invalid_value' })).toBe('Pilihan tidak dikenal.');
  });

  it('never show the server English message, even for an issue the UI cannot word', () => {
    expect(validationMessage(id, { code: 'custom' })).toBeUndefined();
    expect(validationMessage(id, 'not an issue')).toBeUndefined();
    const error = validationError('body.name', { code: 'custom' }, 'Something specific');
    expect(apiErrorMessage(id, error)).toBe('Isian tidak valid.');
    expect(apiErrorWithField(id, error)).toBe('Nama: Isian tidak valid.');
  });

  it('shows the message under its field, or names the field when the form has none for it', () => {
    const error = validationError('body.name', { code: 'too_small', origin: 'string', minimum: 2 });
    expect(formErrors(id, error, ['name'])).toEqual({
      field: { name: 'Terlalu pendek: minimal 2 karakter.' },
      general: undefined,
    });
    expect(formErrors(id, error, ['abbreviation'])).toEqual({
      field: {},
      general: 'Nama: Terlalu pendek: minimal 2 karakter.',
    });
  });
});

describe('every API error code', () => {
  it('has an Indonesian and an English message', () => {
    for (const code of errorCodes) {
      expect(Object.hasOwn(idMessages, `apiError.${code}`), `id: apiError.${code}`).toBe(true);
      expect(Object.hasOwn(enMessages, `apiError.${code}`), `en: apiError.${code}`).toBe(true);
    }
  });

  it('has a message for every refusal reason, so one code can say different things', () => {
    for (const [code, reasons] of Object.entries(errorReasons)) {
      for (const reason of reasons) {
        expect(Object.hasOwn(idMessages, `apiError.${code}.${reason}`), `${code}.${reason}`).toBe(true);
      }
    }
  });

  it('words a refusal by its reason, not by the server message', () => {
    const refusal = new ApiError({
      code: 'FORBIDDEN',
      message: 'Your region must be one of the parties of an agreement you enter',
      status: 403,
      field: 'body.parties',
      details: { reason: 'OWN_REGION_NOT_PARTY' },
    });
    expect(apiErrorMessage(id, refusal)).toBe('Daerah Anda harus menjadi salah satu pihak kerja sama ini.');
    const noRegion = validationError(
      'regionCode',
      { code: 'custom', reason: 'REGION_REQUIRED' },
      'needs a region',
    );
    expect(apiErrorWithField(id, noRegion)).toBe('Daerah: Peran ini memerlukan daerah (pemda).');
    const unknown = new ApiError({ code: 'SOMETHING_NEW', message: 'English words', status: 500 });
    expect(apiErrorMessage(id, unknown)).not.toContain('English words');
  });
});

describe('field paths in words', () => {
  it('number list items and drop request wrappers', () => {
    expect(fieldPathLabel(id, 'parties.1.regionCode')).toBe('Pihak 2 – Daerah');
    expect(fieldPathLabel(id, 'body.target.agreement.title')).toBe('Judul');
    expect(fieldPathLabel(en, 'parties.0.signatories.1.name')).toBe('Party 1 – Signatory 2 – Name');
    expect(fieldPathLabel(id, 'body.somethingUnknown')).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client';
import { apiErrorMessage, formErrors, validationMessage } from './api-errors';
import type { Translate } from './context';
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

  it('fall back to the server message for an issue the UI cannot word', () => {
    expect(validationMessage(id, { code: 'custom' })).toBeUndefined();
    expect(validationMessage(id, 'not an issue')).toBeUndefined();
    const error = validationError('body.name', { code: 'custom' }, 'Something specific');
    expect(apiErrorMessage(id, error)).toBe('Isian tidak valid: body.name: Something specific');
  });

  it('shows the message under its field, or names the field when the form has none for it', () => {
    const error = validationError('body.name', { code: 'too_small', origin: 'string', minimum: 2 });
    expect(formErrors(id, error, ['name'])).toEqual({
      field: { name: 'Terlalu pendek: minimal 2 karakter.' },
      general: undefined,
    });
    expect(formErrors(id, error, ['abbreviation'])).toEqual({
      field: {},
      general: 'Terlalu pendek: minimal 2 karakter. (name)',
    });
  });
});

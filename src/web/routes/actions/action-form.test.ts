import { describe, expect, it } from 'vitest';
import { labelIn } from '../../../domain/agreements';
import { actionInputSchema, actionProgressSchema } from '../../../domain/records/schema';
import { issueWording, schemaErrors } from '../../forms/schema-errors';
import type { Translate } from '../../i18n/context';
import { translate } from '../../i18n/translate';
import {
  actionBodyOf,
  emptyActionForm,
  placeActionField,
  progressBodyOf,
  type ActionFormState,
} from './action-form';

const id: Translate = (key, params) => translate('id', key, params);
const word = issueWording(id, (label) => labelIn(label, 'id'));
const parent = {
  parentType: 'meeting' as const,
  parentId: '0b8f0f7e-8f7a-4b8e-9d4c-3b3c2a1d0e9f',
  decisionId: null,
};
const errorsOf = (values: ActionFormState) =>
  schemaErrors(actionInputSchema, actionBodyOf(parent, values), word, placeActionField);

describe('the action forms, checked with the domain schemas', () => {
  it('requires a title and the owning OPD, in Indonesian', () => {
    expect(errorsOf(emptyActionForm())).toEqual({
      title: 'Terlalu pendek: minimal 3 karakter.',
      opdId: 'Wajib diisi',
    });
  });

  it('refuses a done action below 100 %, and shows a bad link under the links input', () => {
    const errors = errorsOf({
      ...emptyActionForm(),
      title: 'Perbaikan jalan',
      opdId: '4f1c2b3a-5d6e-4f70-8a9b-0c1d2e3f4a5b',
      status: 'selesai',
      progress: 80,
      evidenceLinks: [{ url: 'bukan tautan', label: '' }],
    });
    expect(errors.progress).toBe(id('issue.DONE_WITHOUT_FULL_PROGRESS'));
    expect(Object.keys(errors).sort()).toEqual(['evidenceLinks', 'progress']);
  });

  it('checks a progress report on the version it was written on', () => {
    const body = progressBodyOf({ status: 'selesai', progress: 90, evidenceLinks: [], note: ' ' }, 3);
    expect(body).toEqual({ status: 'selesai', progress: 90, evidenceLinks: [], note: null, version: 3 });
    expect(schemaErrors(actionProgressSchema, body, word)).toEqual({
      progress: id('issue.DONE_WITHOUT_FULL_PROGRESS'),
    });
  });
});

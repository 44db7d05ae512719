import { describe, expect, it } from 'vitest';
import type { Translate } from '../i18n/context';
import { translate } from '../i18n/translate';
import { fieldLabel, formatAuditValue } from './audit-format';

const t: Translate = (key, params) => translate('id', key, params);

describe('formatAuditValue', () => {
  it('writes flags, lists and empty values as words, not JSON', () => {
    expect(formatAuditValue(t, true)).toBe('Ya');
    expect(formatAuditValue(t, false)).toBe('Tidak');
    expect(formatAuditValue(t, ['kesehatan', 'pendidikan'])).toBe('kesehatan, pendidikan');
    expect(formatAuditValue(t, null)).toBe('—');
    expect(formatAuditValue(t, [])).toBe('—');
    expect(formatAuditValue(t, 42)).toBe('42');
  });

  it('summarises nested records without their empty parts, with field labels', () => {
    const parties = [
      {
        kind: 'region',
        role: null,
        rights: [],
        regionCode: '35.75',
        documentNumber: '415.4/001/423.011/2021',
      },
      {
        kind: 'region',
        role: null,
        rights: [],
        regionCode: '35.14',
        documentNumber: '415.4/123/424.013/2021',
      },
    ];
    const text = formatAuditValue(t, parties);
    expect(text).toBe(
      'Jenis: region; Kode wilayah: 35.75; Nomor: 415.4/001/423.011/2021 | Jenis: region; Kode wilayah: 35.14; Nomor: 415.4/123/424.013/2021',
    );
    expect(text).not.toContain('{');
    expect(text).not.toContain('null');
  });

  it('names known fields and keeps unknown keys as they are', () => {
    expect(fieldLabel(t, 'signingDate')).toBe('Tanggal penandatanganan');
    expect(fieldLabel(t, 'somethingNew')).toBe('somethingNew');
  });
});

import { describe, expect, it } from 'vitest';
import { en } from './en';
import { id } from './id';
import { auditActionGroups } from '../../domain/audit';
import { isMessageKey, loadDictionary, parseLang, placeholdersOf, translate } from './translate';

// English is loaded on demand in the UI; these tests read it.
await loadDictionary('en');

describe('dictionaries', () => {
  it('have exactly the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort());
  });

  it('have no empty or blank strings', () => {
    for (const [lang, dictionary] of Object.entries({ id, en })) {
      for (const [key, message] of Object.entries(dictionary)) {
        expect(message.trim(), `${lang}:${key}`).not.toBe('');
      }
    }
  });

  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(id) as (keyof typeof id)[]) {
      expect(placeholdersOf(en[key]), key).toEqual(placeholdersOf(id[key]));
    }
  });

  it('keep the data credits required by the licences', () => {
    expect(id['about.data.codes']).toBe(
      'Kode dan nama wilayah: idn-area-data (github.com/fityannugroho/idn-area-data), ODbL 1.0.',
    );
    expect(id['about.data.boundaries']).toBe(
      'Batas wilayah dan titik pusat: cahyadsn/wilayah_boundaries, Copyright (c) 2024 Cahya DSN, MIT License.',
    );
  });
});

describe('translate', () => {
  it('fills placeholders and formats numbers per language', () => {
    expect(translate('id', 'wilayah.total', { count: 1234 })).toBe('1.234 wilayah');
    expect(translate('en', 'wilayah.total', { count: 1234 })).toBe('1,234 regions');
  });

  it('writes a year as a year, without a thousands separator', () => {
    expect(translate('id', 'home.evaluationsDue', { year: 2026 })).toBe('Evaluasi tahun 2026 belum lengkap');
    expect(translate('en', 'oversight.col.notEvaluated', { year: 2026 })).toBe('Not evaluated in 2026');
  });

  it('leaves a placeholder without a value visible', () => {
    expect(translate('en', 'region.notFound.text')).toBe('There is no region with code {code}.');
    expect(translate('en', 'region.notFound.text', {})).toBe('There is no region with code {code}.');
  });
});

describe('parseLang', () => {
  it('falls back to Indonesian for unknown values', () => {
    expect(parseLang('en')).toBe('en');
    expect(parseLang('fr')).toBe('id');
    expect(parseLang(null)).toBe('id');
  });
});

describe('audit vocabulary', () => {
  it('labels every audit action and group the server records, in both languages', () => {
    for (const [group, actions] of Object.entries(auditActionGroups)) {
      expect(isMessageKey(`audit.group.${group}`), `audit.group.${group}`).toBe(true);
      for (const action of actions) expect(isMessageKey(`audit.action.${action}`), action).toBe(true);
    }
  });
});

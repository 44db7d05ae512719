import { describe, expect, it } from 'vitest';
import { translate } from './translate';
import type { Translate } from './context';
import { fieldPathLabel } from './field-label';

describe('field paths of a meeting in words', () => {
  const t: Translate = (key, params) => translate('id', key, params);
  it('numbers participants, persons and decisions, and words a field inside a list item', () => {
    expect(fieldPathLabel(t, 'body.participants.1.regionCode')).toBe('Peserta 2 – Daerah');
    expect(fieldPathLabel(t, 'body.persons.0.name')).toBe('Yang hadir 1 – Nama');
    expect(fieldPathLabel(t, 'body.decisions.0.text')).toBe('Keputusan 1 – Isi');
    // Outside a list, `text` keeps its own word (the import's news text).
    expect(fieldPathLabel(t, 'body.text')).toBe('Teks berita');
  });
});

import { describe, expect, it } from 'vitest';
import { planDecisions } from './meeting-decisions';

const a = { id: '00000000-0000-4000-8000-00000000000a', text: 'Membentuk tim kecil' };
const b = { id: '00000000-0000-4000-8000-00000000000b', text: 'Rapat lanjutan bulan depan' };

describe('planDecisions', () => {
  it('keeps the id of a decision whose text is unchanged, wherever it moves', () => {
    expect(
      planDecisions(
        [a, b],
        [
          { id: null, text: 'Baru' },
          { id: null, text: b.text },
          { id: null, text: a.text },
        ],
      ),
    ).toEqual([
      { id: null, text: 'Baru' },
      { id: b.id, text: b.text },
      { id: a.id, text: a.text },
    ]);
  });

  it('keeps the id an entry names, even when its text changed', () => {
    expect(planDecisions([a, b], [{ id: a.id, text: 'Membentuk tim kecil lintas OPD' }])).toEqual([
      { id: a.id, text: 'Membentuk tim kecil lintas OPD' },
    ]);
  });

  it('gives a stored id to one entry only, and ignores ids that are not stored', () => {
    const foreign = '00000000-0000-4000-8000-0000000000ff';
    expect(
      planDecisions(
        [a],
        [
          { id: a.id, text: a.text },
          { id: null, text: a.text },
          { id: foreign, text: 'Lain' },
        ],
      ),
    ).toEqual([
      { id: a.id, text: a.text },
      { id: null, text: a.text },
      { id: null, text: 'Lain' },
    ]);
  });

  it('a named id wins over a text match of an earlier entry', () => {
    expect(
      planDecisions(
        [a],
        [
          { id: null, text: a.text },
          { id: a.id, text: 'Diubah' },
        ],
      ),
    ).toEqual([
      { id: null, text: a.text },
      { id: a.id, text: 'Diubah' },
    ]);
  });
});

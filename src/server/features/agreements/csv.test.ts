import { describe, expect, it } from 'vitest';
import { csvField, csvLine } from './csv.js';

describe('csv', () => {
  it('quotes commas, quotes, line breaks and edge spaces', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('Kota "Malang"')).toBe('"Kota ""Malang"""');
    expect(csvField('baris\nbaru')).toBe('"baris\nbaru"');
    expect(csvField(' spasi')).toBe('" spasi"');
    expect(csvField('biasa')).toBe('biasa');
    expect(csvField(null)).toBe('');
    expect(csvField(12)).toBe('12');
  });

  it('defuses spreadsheet formulas', () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('-1')).toBe("'-1");
  });

  it('ends lines with CRLF', () => {
    expect(csvLine(['a', 1, true])).toBe('a,1,true\r\n');
  });
});

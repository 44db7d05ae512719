import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText, runExtract } from './extract';
import { repoRoot, seedsDir } from '../../../test/fixtures/articles/load';

describe('runExtract (sinergi extract FILE...)', () => {
  it('prints one JSON line per file in input order and reports unreadable files without stopping', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sinergi-extract-'));
    const binary = join(dir, 'image.bin');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    const seed = resolve(seedsDir, '000_1213b2b0bcdd98c8.txt');
    const html = resolve(repoRoot, 'test/fixtures/articles/017-html-balikpapan-ppu.html');
    const files = [seed, join(dir, 'missing.txt'), dir, binary, html];
    const lines: string[] = [];
    const code = await runExtract(files, (line) => lines.push(line));
    expect(code).toBe(1);
    expect(lines).toHaveLength(files.length);
    const parsed = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(parsed.map((entry) => entry.file)).toEqual(files);
    expect(parsed[0]).toMatchObject({ eventType: 'signing', date: '2024-08-07', interRegional: true });
    expect(parsed[0]).toHaveProperty('evidence');
    expect(parsed[1]).toMatchObject({ error: { code: 'FILE_NOT_FOUND' } });
    expect(parsed[2]).toMatchObject({ error: { code: 'FILE_IS_DIRECTORY' } });
    expect(parsed[3]).toMatchObject({ error: { code: 'FILE_NOT_TEXT' } });
    expect(parsed[4]).toMatchObject({ eventType: 'signing', place: 'Hotel Gran Senyiur Balikpapan' });
  });

  it('returns 0 when every file was read', async () => {
    const lines: string[] = [];
    const code = await runExtract(
      [resolve(repoRoot, 'test/fixtures/articles/018-english-press-release.txt')],
      (line) => lines.push(line),
    );
    expect(code).toBe(0);
    expect(JSON.parse(lines[0] ?? '{}')).toMatchObject({ eventType: 'other', parties: [] });
  });

  it('reads a windows-1252 (Latin-1) file as text and still refuses binary data without NUL bytes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sinergi-extract-'));
    const seed = readFileSync(resolve(seedsDir, '000_1213b2b0bcdd98c8.txt'), 'utf8');
    // The seed as an old Windows editor saves it: one byte per character, curly quotes at 0x93/0x94.
    const latin = join(dir, 'latin1.txt');
    writeFileSync(latin, toWindows1252(`\u201cKerja sama\u201d \u2013 caf\u00e9.\n${seed}`));
    const noise = join(dir, 'noise.dat');
    writeFileSync(noise, Buffer.from(Array.from({ length: 4096 }, (_, index) => ((index * 37) % 255) + 1)));
    const lines: string[] = [];
    const code = await runExtract([latin, noise], (line) => lines.push(line));
    expect(code).toBe(1);
    const [read, refused] = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(read).toMatchObject({ eventType: 'signing', date: '2024-08-07', interRegional: true });
    expect(read?.text).toContain('\u201cKerja sama\u201d \u2013 caf\u00e9.');
    expect(refused).toMatchObject({ error: { code: 'FILE_NOT_TEXT' } });
  });
});

describe('decodeText', () => {
  it('prefers UTF-8, falls back to windows-1252, and refuses binary', () => {
    expect(decodeText(Buffer.from('Pemkot Malang \u2013 caf\u00e9', 'utf8'))).toBe(
      'Pemkot Malang \u2013 caf\u00e9',
    );
    expect(decodeText(Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x80]))).toBe('caf\u00e9 \u20ac');
    expect(decodeText(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00]))).toBeNull();
    expect(
      decodeText(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x01, 0x02, 0x03])),
    ).toBeNull();
    expect(decodeText(new Uint8Array())).toBe('');
  });
});

/** Encodes text as windows-1252 (every character used here is in it). */
function toWindows1252(text: string): Buffer {
  const high: Record<string, number> = {
    '\u20ac': 0x80,
    '\u2013': 0x96,
    '\u2014': 0x97,
    '\u2018': 0x91,
    '\u2019': 0x92,
    '\u201c': 0x93,
    '\u201d': 0x94,
  };
  return Buffer.from(
    [...text].map((char) => {
      const code = char.codePointAt(0) ?? 0x3f;
      return high[char] ?? (code < 0x100 ? code : 0x3f);
    }),
  );
}

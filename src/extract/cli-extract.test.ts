import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runExtract } from '../cli/commands/extract';
import { repoRoot } from '../../test/fixtures/articles/load';

describe('runExtract (sinergi extract FILE...)', () => {
  it('prints one JSON line per file in input order and reports unreadable files without stopping', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sinergi-extract-'));
    const binary = join(dir, 'image.bin');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    const seed = resolve(repoRoot, '../shared/seeds/000_1213b2b0bcdd98c8.txt');
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
});

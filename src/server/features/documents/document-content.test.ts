import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { inflatingPdf } from '../../../../test/support/inflating-pdf.js';
import { inflatesBeyond, readPdfText, sniffAllowedType } from './document-content.js';

const MiB = 1024 * 1024;
const fixtures = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../../test/fixtures/files',
);
const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'sinergi-content-'));
afterAll(() => fs.rmSync(temp, { recursive: true, force: true }));

function write(name: string, bytes: Uint8Array): string {
  const file = path.join(temp, name);
  fs.writeFileSync(file, bytes);
  return file;
}
const limits = { maxInflatedBytes: 4 * MiB, maxChars: 1000 };

describe('document content', () => {
  it('measures how far the FlateDecode streams of a PDF inflate, holding no more than the limit', async () => {
    const pdf = await inflatingPdf(8 * MiB);
    expect(inflatesBeyond(pdf, 4 * MiB)).toBe(true);
    expect(inflatesBeyond(pdf, 16 * MiB)).toBe(false);
    expect(inflatesBeyond(fs.readFileSync(path.join(fixtures, 'ksb-signed.pdf')), 4 * MiB)).toBe(false);
  });

  it('says why the text of a PDF was not read, or gives it capped', async () => {
    const bomb = write('bomb.pdf', await inflatingPdf(8 * MiB));
    expect(await readPdfText(bomb, limits)).toEqual({ status: 'failed_too_large', text: null });
    expect(await readPdfText(write('small.pdf', await inflatingPdf(1024)), limits)).toEqual({
      status: 'empty',
      text: null,
    });
    const signed = await readPdfText(path.join(fixtures, 'ksb-signed.pdf'), { ...limits, maxChars: 40 });
    expect(signed.status).toBe('extracted');
    expect(signed.text?.length).toBeLessThanOrEqual(40);
    const broken = write('broken.pdf', new TextEncoder().encode('%PDF-1.7\nnot really a PDF at all'));
    expect(await readPdfText(broken, limits)).toEqual({ status: 'invalid', text: null });
  });

  it('judges a stored file by its content', async () => {
    expect(await sniffAllowedType(path.join(fixtures, 'draft.docx'))).toMatchObject({ ext: 'docx' });
    expect(await sniffAllowedType(path.join(fixtures, 'program.exe'))).toBeNull();
  });
});

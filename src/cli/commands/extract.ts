/**
 * `sinergi extract FILE...`: runs the article extractor over local files and prints one JSON object per
 * file per line, in input order. A file that cannot be read is reported on its line and the run goes on.
 */
import { readFile, stat } from 'node:fs/promises';
import { extractArticle } from '../../extract';

/** Largest file read; the extractor analyses far less, and a stray huge file must not exhaust memory. */
const maxFileBytes = 20_000_000;

type FileError = {
  code: 'FILE_NOT_FOUND' | 'FILE_IS_DIRECTORY' | 'FILE_TOO_LARGE' | 'FILE_NOT_TEXT' | 'FILE_UNREADABLE';
  message: string;
};

/** Characters of windows-1252 bytes 0x80 to 0x9F; '' where the code page defines none. */
const windows1252High = [
  '\u20ac',
  '',
  '\u201a',
  '\u0192',
  '\u201e',
  '\u2026',
  '\u2020',
  '\u2021',
  '\u02c6',
  '\u2030',
  '\u0160',
  '\u2039',
  '\u0152',
  '',
  '\u017d',
  '',
  '',
  '\u2018',
  '\u2019',
  '\u201c',
  '\u201d',
  '\u2022',
  '\u2013',
  '\u2014',
  '\u02dc',
  '\u2122',
  '\u0161',
  '\u203a',
  '\u0153',
  '',
  '\u017e',
  '\u0178',
];

/**
 * Decodes a file as UTF-8 or, when it is not valid UTF-8, as windows-1252 (the superset of Latin-1 that
 * older Indonesian sites and Windows editors save in). Null for binary data: a NUL byte, or control
 * characters that no text file holds.
 */
export function decodeText(bytes: Uint8Array): string | null {
  if (bytes.includes(0)) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: plausible single-byte text, or binary.
  }
  // Node's decoder treats the label as ISO-8859-1 in some versions, so bytes 0x80-0x9F (curly quotes,
  // dashes, the euro sign) are mapped here; the five bytes windows-1252 leaves undefined stay C1 controls.
  const text = new TextDecoder('windows-1252')
    .decode(bytes)
    .replace(/[\u0080-\u009f]/g, (char) => windows1252High[char.charCodeAt(0) - 0x80] || char);
  let control = 0;
  for (const char of text) {
    const code = char.charCodeAt(0);
    // C0 controls other than tab, line feed, form feed and carriage return, and undefined bytes.
    if (
      (code < 32 && code !== 9 && code !== 10 && code !== 12 && code !== 13) ||
      (code >= 0x80 && code < 0xa0)
    )
      control += 1;
  }
  return control > text.length / 100 ? null : text;
}

async function readArticleFile(
  file: string,
): Promise<{ ok: true; text: string } | { ok: false; error: FileError }> {
  try {
    const info = await stat(file);
    if (info.isDirectory())
      return { ok: false, error: { code: 'FILE_IS_DIRECTORY', message: `${file} is a directory` } };
    if (info.size > maxFileBytes)
      return {
        ok: false,
        error: { code: 'FILE_TOO_LARGE', message: `${file} is larger than ${maxFileBytes} bytes` },
      };
    const bytes = await readFile(file);
    const text = decodeText(bytes);
    if (text === null)
      return { ok: false, error: { code: 'FILE_NOT_TEXT', message: `${file} is not a text file` } };
    return { ok: true, text };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT')
      return { ok: false, error: { code: 'FILE_NOT_FOUND', message: `${file} does not exist` } };
    return {
      ok: false,
      error: { code: 'FILE_UNREADABLE', message: error instanceof Error ? error.message : String(error) },
    };
  }
}

/**
 * Extracts every file and writes one JSON line per file to `out`. Returns the exit code: 1 when any file
 * failed, else 0. `.html`/`.htm` files, and files whose content starts with "<", are read as HTML.
 */
export async function runExtract(files: string[], out: (line: string) => void): Promise<number> {
  let failed = false;
  for (const file of files) {
    const read = await readArticleFile(file);
    if (!read.ok) {
      failed = true;
      out(JSON.stringify({ file, error: read.error }));
      continue;
    }
    const html = /\.html?$/i.test(file) || /^\s*</.test(read.text);
    const result = extractArticle({ text: read.text, html });
    out(JSON.stringify({ file, ...result }));
  }
  return failed ? 1 : 0;
}

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
    // NUL bytes or invalid UTF-8 mean a binary file, not an article.
    if (bytes.includes(0))
      return { ok: false, error: { code: 'FILE_NOT_TEXT', message: `${file} is not a text file` } };
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return { ok: false, error: { code: 'FILE_NOT_TEXT', message: `${file} is not UTF-8 text` } };
    }
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

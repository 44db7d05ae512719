/**
 * Reading uploaded articles in the browser: only text and HTML files are read (as text, with
 * FileReader), so a PDF or an image never reaches the server as garbage text.
 */

/** Largest file read, in bytes: a news page is a few hundred kilobytes at most. */
export const maxFileBytes = 2 * 1024 * 1024;

/** Extensions of the files that can be read. */
export const acceptedExtensions = ['.txt', '.html', '.htm'] as const;

/** Why a file could not be read; each has an Indonesian message in ingest.id.ts. */
export type FileProblem = 'tooLarge' | 'wrongType' | 'binary' | 'empty' | 'unreadable';

export type FileReadResult = { ok: true; text: string } | { ok: false; problem: FileProblem };

function hasAcceptedExtension(name: string): boolean {
  const lower = name.toLowerCase();
  return acceptedExtensions.some((extension) => lower.endsWith(extension));
}

/**
 * True when decoded text looks like a binary file: a NUL byte, or many characters that did not decode
 * (U+FFFD) or are control characters other than tab and line breaks.
 */
export function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const sample = text.slice(0, 8192);
  if (sample.length === 0) return false;
  let odd = 0;
  for (const char of sample) {
    const code = char.codePointAt(0) ?? 0;
    if (code === 0xfffd || (code < 32 && code !== 9 && code !== 10 && code !== 13)) odd += 1;
  }
  return odd / sample.length > 0.05;
}

/** Checks a file before reading it: size and kind. */
export function checkFile(file: Pick<File, 'name' | 'size' | 'type'>): FileProblem | null {
  if (file.size > maxFileBytes) return 'tooLarge';
  const textType = file.type === '' || file.type.startsWith('text/');
  if (!hasAcceptedExtension(file.name) || !textType) return 'wrongType';
  return null;
}

/** Reads a text or HTML file as UTF-8 text, refusing large, binary and empty files. */
export function readArticleFile(file: File): Promise<FileReadResult> {
  const problem = checkFile(file);
  if (problem) return Promise.resolve({ ok: false, problem });
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => {
      const text = typeof reader.result === 'string' ? reader.result : '';
      if (looksBinary(text)) resolve({ ok: false, problem: 'binary' });
      else if (text.trim() === '') resolve({ ok: false, problem: 'empty' });
      else resolve({ ok: true, text });
    };
    reader.onerror = () => resolve({ ok: false, problem: 'unreadable' });
    reader.readAsText(file, 'utf-8');
  });
}

/**
 * What an uploaded file really is, judged by its bytes (never by its name or declared type), and
 * the text of a PDF for search. `readPdfText` runs in a worker thread (document-text.ts): a small PDF
 * can inflate to hundreds of MiB, so its streams are measured before pdf.js sees them.
 */
import { readFile } from 'node:fs/promises';
import zlib from 'node:zlib';
// file-type and unpdf are imported on first use, not at start: together they are about 10 MB of an
// idle server's memory, for a feature most requests never use (and unpdf only ever runs in a worker).

/** The file types accepted for agreement documents. */
export const allowedFileTypes = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  png: 'image/png',
  jpg: 'image/jpeg',
} as const;

export type SniffedType = { ext: keyof typeof allowedFileTypes; mime: string };

/**
 * The allowed type of a stored file's content, or null when it is none of PDF, DOCX, PNG, JPEG.
 * file-type reads only the bytes it needs (a DOCX is recognised by its zip entries).
 */
export async function sniffAllowedType(filePath: string): Promise<SniffedType | null> {
  const { fileTypeFromFile } = await import('file-type');
  const detected = await fileTypeFromFile(filePath);
  if (!detected || !(detected.ext in allowedFileTypes)) return null;
  const ext = detected.ext as keyof typeof allowedFileTypes;
  return { ext, mime: allowedFileTypes[ext] };
}

export type PdfTextLimits = {
  /** Most bytes all FlateDecode streams together may inflate to. */
  maxInflatedBytes: number;
  /** Most characters of text kept. */
  maxChars: number;
};

export type PdfTextResult =
  { status: 'extracted'; text: string } | { status: 'empty' | 'failed_too_large' | 'invalid'; text: null };

const streamKeyword = /(?<!end)stream\r?\n/g;

/**
 * Whether the FlateDecode streams of a PDF together inflate to more than `limit` bytes. Each stream
 * is inflated with a cap of what is left of the budget, so this never holds more than `limit` bytes.
 * Streams that do not inflate cleanly (other filters first, damage) are left to pdf.js, which runs
 * under the worker's time and memory limits anyway.
 */
export function inflatesBeyond(bytes: Uint8Array, limit: number): boolean {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const source = buffer.toString('latin1');
  let remaining = limit;
  streamKeyword.lastIndex = 0;
  for (let match = streamKeyword.exec(source); match;) {
    const dataStart = match.index + match[0].length;
    const dictionary = source.slice(Math.max(0, match.index - 1024), match.index);
    const dictionaryStart = dictionary.lastIndexOf('<<');
    const isFlate = dictionaryStart >= 0 && dictionary.slice(dictionaryStart).includes('/FlateDecode');
    let end = source.indexOf('endstream', dataStart);
    if (end < 0) end = source.length;
    if (isFlate) {
      try {
        const inflated = zlib.inflateSync(buffer.subarray(dataStart, end), {
          maxOutputLength: remaining + 1,
          finishFlush: zlib.constants.Z_SYNC_FLUSH,
        });
        remaining -= inflated.length;
        if (remaining < 0) return true;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return true;
      }
    }
    streamKeyword.lastIndex = end + 'endstream'.length;
    match = streamKeyword.exec(source);
  }
  return false;
}

/**
 * The text of the PDF at `filePath`. `empty` when it has none that can be read (a scan, an encrypted
 * file), `failed_too_large` when its streams inflate beyond the limit, `invalid` when the bytes start
 * like a PDF but cannot be parsed at all. Meant to run in a worker thread.
 */
export async function readPdfText(filePath: string, limits: PdfTextLimits): Promise<PdfTextResult> {
  const { extractText, getDocumentProxy } = await import('unpdf');
  const bytes = new Uint8Array(await readFile(filePath));
  if (inflatesBeyond(bytes, limits.maxInflatedBytes)) return { status: 'failed_too_large', text: null };
  let proxy;
  try {
    // pdf.js takes ownership of the buffer it is given (it may detach it).
    proxy = await getDocumentProxy(bytes, { verbosity: 0 });
  } catch (error) {
    if ((error as Error).name === 'PasswordException') return { status: 'empty', text: null };
    return { status: 'invalid', text: null };
  }
  try {
    const { text } = await extractText(proxy, { mergePages: true });
    const clean = text.replace(/\s+/g, ' ').trim().slice(0, limits.maxChars);
    return clean ? { status: 'extracted', text: clean } : { status: 'empty', text: null };
  } finally {
    await proxy.destroy();
  }
}

/**
 * The text of an uploaded document, read off the event loop: a PDF is parsed in a worker thread
 * (workers/pool.ts) with a heap limit, a time limit and a cap on how much its streams may inflate.
 * Whatever happens, the caller gets a status to record on the version; only a file that merely
 * starts like a PDF is refused.
 */
import type { DocumentTextStatus } from '../../../domain/agreements/kinds.js';
import { sourceUrl } from '../../paths.js';
import { parsingWorkers } from '../../workers/pool.js';
import type { PdfTextLimits, PdfTextResult, SniffedType } from './document-content.js';

/** Limits of text extraction; the defaults suit agreements of a few hundred pages. */
export const documentTextLimits = {
  /** All FlateDecode streams of a PDF together (a 1 MB file can hold 400 MiB of whitespace). */
  maxInflatedBytes: 64 * 1024 * 1024,
  /** Characters of text kept per version (search indexes the first 200,000). */
  maxChars: 1_000_000,
  /** Wall-clock time of one extraction in the worker. */
  timeoutMs: 20_000,
} satisfies PdfTextLimits & { timeoutMs: number };

export type DocumentText = { status: DocumentTextStatus; text: string | null } | { status: 'invalid' };

/** Reads the text of the stored upload at `filePath`, judged to be of `type`. */
export async function extractDocumentText(
  filePath: string,
  type: SniffedType,
  limits: typeof documentTextLimits = documentTextLimits,
): Promise<DocumentText> {
  if (type.ext !== 'pdf') return { status: 'unsupported', text: null };
  const outcome = await parsingWorkers().run<PdfTextResult>({
    module: sourceUrl('src/server/features/documents/document-content.ts'),
    name: 'readPdfText',
    args: [filePath, { maxInflatedBytes: limits.maxInflatedBytes, maxChars: limits.maxChars }],
    timeoutMs: limits.timeoutMs,
  });
  if (!outcome.ok) {
    if (outcome.reason === 'timeout') return { status: 'failed_timeout', text: null };
    if (outcome.reason === 'out_of_memory') return { status: 'failed_too_large', text: null };
    return { status: 'failed_unreadable', text: null };
  }
  if (outcome.value.status === 'invalid') return { status: 'invalid' };
  return outcome.value;
}

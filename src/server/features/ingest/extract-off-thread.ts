/**
 * Runs the article extractor in a worker thread (workers/pool.ts): pasted or fetched HTML is
 * untrusted, and parsing a hostile page must not stall every other request. The extractor bounds
 * its own work (it flattens deep nesting, truncates long input); the worker adds a heap limit and a
 * time limit for whatever that misses.
 */
import type { ExtractionInput, ExtractionResult } from '../../../extract/index.js';
import { AppError } from '../../errors.js';
import { sourceUrl } from '../../paths.js';
import { parsingWorkers } from '../../workers/pool.js';

/** Wall-clock limit of one extraction; a news page takes well under a second. */
export const extractionTimeoutMs = 15_000;

/** The draft of `input`, computed off the event loop; 422 CONTENT_TOO_COMPLEX past a limit. */
export async function extractArticleOffThread(input: ExtractionInput): Promise<ExtractionResult> {
  const outcome = await parsingWorkers().run<ExtractionResult>({
    module: sourceUrl('src/extract/index.ts'),
    name: 'extractArticle',
    args: [input],
    timeoutMs: extractionTimeoutMs,
  });
  if (outcome.ok) return outcome.value;
  // A stack overflow (RangeError) is a limit too: the markup was too deep for the parser.
  if (outcome.reason !== 'error' || outcome.errorName === 'RangeError') {
    throw new AppError(
      'CONTENT_TOO_COMPLEX',
      'The page is too large or too deeply nested to be read',
      'text',
      { reason: outcome.reason === 'error' ? 'too_deep' : outcome.reason },
    );
  }
  throw new Error(`The extractor failed: ${outcome.message}`);
}

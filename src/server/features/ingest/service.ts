import { extractArticle, type ExtractionResult } from '../../../extract/index.js';
import { fetchArticle } from '../../../extract/fetch.js';
import type { Config } from '../../config.js';
import { AppError } from '../../errors.js';
import { checkPublicUrl } from './url-guard.js';

export type ExtractRequest = {
  text?: string | undefined;
  url?: string | undefined;
  publishedAt?: string | undefined;
};

export type ExtractResponse = {
  source: { url: string | null; finalUrl: string | null; kind: 'text' | 'html' | 'url' };
  result: ExtractionResult;
};

/**
 * Turns pasted text, an uploaded file's text or a fetched URL into a draft record. Nothing is saved:
 * the person reviews the draft and saves it with POST /api/ingest.
 */
export async function extractDraft(config: Config, request: ExtractRequest): Promise<ExtractResponse> {
  if (request.url) {
    if (!config.INGEST_ALLOW_PRIVATE_URLS) {
      const problem = await checkPublicUrl(request.url);
      if (problem) throw new AppError('URL_NOT_ALLOWED', `This URL cannot be fetched: ${problem}`, 'url');
    }
    const fetched = await fetchArticle(request.url, { timeoutMs: config.INGEST_FETCH_TIMEOUT_MS });
    if (!fetched.ok) {
      throw new AppError('URL_FETCH_FAILED', `The page could not be fetched: ${fetched.message}`, 'url', {
        reason: fetched.code,
      });
    }
    const result = extractArticle({
      text: fetched.html,
      html: true,
      url: fetched.finalUrl,
      publishedAt: request.publishedAt,
    });
    if (result.text.trim().length === 0) {
      throw new AppError('NO_ARTICLE', 'The page holds no article text', 'url');
    }
    return { source: { url: request.url, finalUrl: fetched.finalUrl, kind: 'url' }, result };
  }
  const text = request.text ?? '';
  if (text.trim().length === 0)
    throw new AppError('VALIDATION_FAILED', 'Paste an article text or give a URL', 'text');
  if (text.includes('\u0000'))
    throw new AppError('VALIDATION_FAILED', 'The text looks like binary data, not an article', 'text');
  const isHtml = /^\s*</.test(text);
  const result = extractArticle({ text, html: isHtml, publishedAt: request.publishedAt });
  return { source: { url: null, finalUrl: null, kind: isHtml ? 'html' : 'text' }, result };
}

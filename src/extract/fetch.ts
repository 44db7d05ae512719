/**
 * Fetching an article page: the only I/O of the extractor. Bounded in time, size and redirects, and
 * strict about the content type, so a hostile or broken URL costs at most `timeoutMs` and `maxBytes`.
 */

/** Limits of one fetch. */
export type FetchOptions = {
  /** Whole-request deadline, redirects and body included. Default 10 s. */
  timeoutMs?: number;
  /** Largest body accepted. Default 5 MB. */
  maxBytes?: number;
  /** Largest number of redirects followed. Default 5. */
  maxRedirects?: number;
};

/** Stable error codes of `fetchArticle`. */
export type FetchErrorCode =
  | 'FETCH_TIMEOUT'
  | 'FETCH_HTTP_ERROR'
  | 'FETCH_TOO_MANY_REDIRECTS'
  | 'FETCH_TOO_LARGE'
  | 'FETCH_NOT_HTML'
  | 'FETCH_FAILED';

export type FetchResult =
  { ok: true; html: string; finalUrl: string } | { ok: false; code: FetchErrorCode; message: string };

const htmlTypes = /^(text\/html|application\/xhtml\+xml)\b/i;

function failure(code: FetchErrorCode, message: string): FetchResult {
  return { ok: false, code, message };
}

/**
 * Downloads an HTML page. Redirects are followed by hand (so they can be counted and each target
 * checked to be http(s)); the body is read in chunks and abandoned past `maxBytes`. Never throws.
 */
export async function fetchArticle(url: string, options: FetchOptions = {}): Promise<FetchResult> {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const maxBytes = options.maxBytes ?? 5_000_000;
  const maxRedirects = options.maxRedirects ?? 5;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    let current: URL;
    try {
      current = new URL(url);
    } catch {
      return failure('FETCH_FAILED', `not a valid URL: ${url}`);
    }
    for (let redirects = 0; ; redirects++) {
      if (current.protocol !== 'http:' && current.protocol !== 'https:') {
        return failure('FETCH_FAILED', `unsupported protocol ${current.protocol}`);
      }
      const response = await fetch(current, {
        redirect: 'manual',
        signal: controller.signal,
        headers: {
          accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1',
          'user-agent': 'Sinergi/0.1 (+article extractor)',
        },
      });
      if (response.status >= 300 && response.status < 400) {
        const location = response.headers.get('location');
        await response.body?.cancel();
        if (!location)
          return failure('FETCH_HTTP_ERROR', `HTTP ${response.status} without a Location header`);
        if (redirects >= maxRedirects)
          return failure('FETCH_TOO_MANY_REDIRECTS', `more than ${maxRedirects} redirects`);
        current = new URL(location, current);
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        return failure('FETCH_HTTP_ERROR', `HTTP ${response.status} for ${current.href}`);
      }
      const type = response.headers.get('content-type') ?? '';
      if (!htmlTypes.test(type)) {
        await response.body?.cancel();
        return failure('FETCH_NOT_HTML', `content type "${type || 'none'}" is not HTML`);
      }
      const declared = Number(response.headers.get('content-length') ?? 'NaN');
      if (Number.isFinite(declared) && declared > maxBytes) {
        await response.body?.cancel();
        return failure('FETCH_TOO_LARGE', `body of ${declared} bytes exceeds ${maxBytes}`);
      }
      const body = await readCapped(response, maxBytes);
      if (body === null) return failure('FETCH_TOO_LARGE', `body exceeds ${maxBytes} bytes`);
      const charset = /charset=([\w-]+)/i.exec(type)?.[1] ?? 'utf-8';
      let html: string;
      try {
        html = new TextDecoder(charset).decode(body);
      } catch {
        html = new TextDecoder('utf-8').decode(body);
      }
      return { ok: true, html, finalUrl: current.href };
    }
  } catch (error) {
    if (timedOut) return failure('FETCH_TIMEOUT', `no complete answer within ${timeoutMs} ms`);
    return failure('FETCH_FAILED', error instanceof Error ? error.message : String(error));
  } finally {
    clearTimeout(timer);
  }
}

/** Reads a body up to `maxBytes`; null (and the stream cancelled) when it is larger. */
async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array | null> {
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/**
 * Fetching an article page for the import feature (the extractor itself is pure). Bounded in time, size and redirects, and
 * strict about the content type, so a hostile or broken URL costs at most `timeoutMs` and `maxBytes`.
 * It uses node:http(s) rather than `fetch` so that the caller's `lookup` decides, at connect time,
 * which address a host name reaches (see `FetchOptions.lookup`).
 */
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import type { Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';

/** Limits of one fetch. */
export type FetchOptions = {
  /** Whole-request deadline, redirects and body included. Default 10 s. */
  timeoutMs?: number;
  /** Largest body accepted. Default 5 MB. */
  maxBytes?: number;
  /** Largest number of redirects followed. Default 5, and never more than 10. */
  maxRedirects?: number;
  /**
   * Asked before every request, the first URL and each redirect target: returns why the URL may not be
   * fetched (a private address, say), or null to go on. The caller owns the policy (the server refuses
   * its own network); the extractor stays free of it.
   */
  checkUrl?: ((url: URL) => Promise<string | null> | string | null) | undefined;
  /**
   * Resolves a host name when the connection is made (the signature of `dns.lookup`). A caller that
   * refuses some addresses must enforce that here, not only in `checkUrl`: a name looked up twice can
   * answer differently the second time (DNS rebinding), and only this answer is connected to. To
   * refuse, call back with a `BlockedAddressError`; the fetch then fails with `FETCH_BLOCKED`. Not
   * asked for a literal IP address, which `checkUrl` sees as it is.
   */
  lookup?: LookupFunction | undefined;
};

/** The error a `lookup` reports to refuse the address a host name resolves to. */
export class BlockedAddressError extends Error {
  override name = 'BlockedAddressError';
}

/** Hard cap on redirects, whatever the caller asks: a chain longer than this is a loop or a trap. */
const redirectCap = 10;

/** Stable error codes of `fetchArticle`. */
export type FetchErrorCode =
  | 'FETCH_TIMEOUT'
  | 'FETCH_HTTP_ERROR'
  | 'FETCH_TOO_MANY_REDIRECTS'
  | 'FETCH_TOO_LARGE'
  | 'FETCH_NOT_HTML'
  | 'FETCH_BLOCKED'
  | 'FETCH_FAILED';

export type FetchResult =
  { ok: true; html: string; finalUrl: string } | { ok: false; code: FetchErrorCode; message: string };

const htmlTypes = /^(text\/html|application\/xhtml\+xml)\b/i;

function failure(code: FetchErrorCode, message: string): FetchResult {
  return { ok: false, code, message };
}

/**
 * Downloads an HTML page. Redirects are followed by hand, so they can be counted and each target
 * checked to be http(s) and passed through `checkUrl` before it is requested; the body is read in
 * chunks and abandoned past `maxBytes`. Never throws.
 */
export async function fetchArticle(url: string, options: FetchOptions = {}): Promise<FetchResult> {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const maxBytes = options.maxBytes ?? 5_000_000;
  const maxRedirects = Math.min(Math.max(0, options.maxRedirects ?? 5), redirectCap);
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
      if (options.checkUrl) {
        const problem = await untilAborted(Promise.resolve(options.checkUrl(current)), controller.signal);
        if (problem) return failure('FETCH_BLOCKED', `${current.href}: ${problem}`);
      }
      const response = await send(current, controller.signal, options.lookup);
      const status = response.statusCode ?? 0;
      if (status >= 300 && status < 400) {
        const location = response.headers.location;
        response.destroy();
        if (!location) return failure('FETCH_HTTP_ERROR', `HTTP ${status} without a Location header`);
        if (redirects >= maxRedirects)
          return failure('FETCH_TOO_MANY_REDIRECTS', `more than ${maxRedirects} redirects`);
        try {
          current = new URL(location, current);
        } catch {
          return failure('FETCH_HTTP_ERROR', `HTTP ${status} with an invalid Location header`);
        }
        continue;
      }
      if (status < 200 || status >= 300) {
        response.destroy();
        return failure('FETCH_HTTP_ERROR', `HTTP ${status} for ${current.href}`);
      }
      const type = response.headers['content-type'] ?? '';
      if (!htmlTypes.test(type)) {
        response.destroy();
        return failure('FETCH_NOT_HTML', `content type "${type || 'none'}" is not HTML`);
      }
      const declared = Number(response.headers['content-length'] ?? 'NaN');
      if (Number.isFinite(declared) && declared > maxBytes) {
        response.destroy();
        return failure('FETCH_TOO_LARGE', `body of ${declared} bytes exceeds ${maxBytes}`);
      }
      const body = await readCapped(decoded(response), maxBytes);
      response.destroy();
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
    if (error instanceof BlockedAddressError) return failure('FETCH_BLOCKED', error.message);
    return failure('FETCH_FAILED', error instanceof Error ? error.message : String(error));
  } finally {
    clearTimeout(timer);
  }
}

/**
 * One GET request, resolved with the response head. A fresh connection every time (`agent: false`):
 * a pooled socket would skip `lookup`, connected to whatever an earlier answer said.
 */
function send(url: URL, signal: AbortSignal, lookup: LookupFunction | undefined): Promise<IncomingMessage> {
  return new Promise<IncomingMessage>((resolve, reject) => {
    const request = (url.protocol === 'https:' ? httpsRequest : httpRequest)(
      url,
      {
        method: 'GET',
        agent: false,
        signal,
        ...(lookup ? { lookup } : {}),
        headers: {
          accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1',
          'accept-encoding': 'gzip, deflate, br',
          'user-agent': 'Sinergi/0.1 (+article extractor)',
        },
      },
      resolve,
    );
    request.on('error', reject);
    request.end();
  });
}

/** The body as sent before compression; the size cap applies to it, so a small bomb stays small. */
function decoded(response: IncomingMessage): Readable {
  const encoding = (response.headers['content-encoding'] ?? '').trim().toLowerCase();
  const decoder =
    encoding === 'gzip' || encoding === 'x-gzip'
      ? createGunzip()
      : encoding === 'deflate'
        ? createInflate()
        : encoding === 'br'
          ? createBrotliDecompress()
          : null;
  if (!decoder) return response;
  response.on('error', (error) => decoder.destroy(error));
  return response.pipe(decoder);
}

/** The promise, or a rejection as soon as the signal aborts (a DNS lookup does not take a signal). */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(new Error('aborted'));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new Error('aborted'));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

/** Reads a body up to `maxBytes`; null (and the stream destroyed) when it is larger. */
async function readCapped(stream: Readable, maxBytes: number): Promise<Uint8Array | null> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const bytes = chunk as Buffer;
    total += bytes.byteLength;
    if (total > maxBytes) {
      stream.destroy();
      return null;
    }
    chunks.push(bytes);
  }
  return Buffer.concat(chunks, total);
}

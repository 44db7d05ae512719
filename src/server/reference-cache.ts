import { createHash } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import {
  encode,
  encodedEtag,
  etagMatches,
  minCompressBytes,
  negotiateEncoding,
  type Encoding,
} from './compression.js';
import type { AppEnv } from './http.js';

/**
 * A cache of the answers of read-only routes over reference data (the regions), which only a
 * release changes: the same URL always gets the same bytes. The first 200 JSON answer for a URL is
 * kept with its strong ETag and, on demand, its brotli and gzip encodings; later requests are
 * answered from memory without running the handler, and `If-None-Match` gets 304. Errors are not
 * kept. The cache holds at most `maxEntries` URLs, dropping the oldest first.
 */

type Entry = {
  etag: string;
  identity: Uint8Array<ArrayBuffer>;
  encoded: Partial<Record<Encoding, Promise<Uint8Array<ArrayBuffer>>>>;
};

export type ReferenceCacheOptions = {
  /** URLs kept at most (a search with many distinct texts must not grow the heap without bound). */
  maxEntries?: number;
  /** Cache-Control of the answers. */
  cacheControl?: string;
};

/** The path and query of a request, the cache key. */
function pathAndQuery(url: string): string {
  const start = url.indexOf('/', url.indexOf('//') + 2);
  return start < 0 ? '/' : url.slice(start);
}

async function respond(c: Context<AppEnv>, entry: Entry, cacheControl: string): Promise<Response> {
  const encoding =
    entry.identity.byteLength >= minCompressBytes
      ? negotiateEncoding(c.req.header('accept-encoding'))
      : undefined;
  const headers: Record<string, string> = {
    'Content-Type': 'application/json',
    'Cache-Control': cacheControl,
    ETag: encodedEtag(entry.etag, encoding),
    Vary: 'Accept-Encoding',
  };
  if (etagMatches(c.req.header('if-none-match'), entry.etag)) return c.body(null, 304, headers);
  if (!encoding) return c.body(entry.identity, 200, headers);
  const encoded = (entry.encoded[encoding] ??= encode(entry.identity, encoding, 'fast'));
  return c.body(await encoded, 200, { ...headers, 'Content-Encoding': encoding });
}

/** Serves a route's 200 JSON answers from memory, with a strong ETag; see the module comment. */
export function referenceCache(options: ReferenceCacheOptions = {}): MiddlewareHandler<AppEnv> {
  const maxEntries = options.maxEntries ?? 2000;
  const cacheControl = options.cacheControl ?? 'public, max-age=3600';
  const entries = new Map<string, Entry>();
  return async (c, next) => {
    if (c.req.method !== 'GET') return next();
    const key = pathAndQuery(c.req.url);
    const cached = entries.get(key);
    if (cached) return respond(c, cached, cacheControl);
    await next();
    if (c.res.status !== 200 || !c.res.headers.get('content-type')?.startsWith('application/json')) return;
    const identity = new Uint8Array(await c.res.arrayBuffer());
    const entry: Entry = {
      etag: `"${createHash('sha256').update(identity).digest('base64url').slice(0, 27)}"`,
      identity,
      encoded: {},
    };
    if (entries.size >= maxEntries) entries.delete(entries.keys().next().value as string);
    entries.set(key, entry);
    const response = await respond(c, entry, cacheControl);
    // Assigning c.res copies the old response's headers over the new one's: clear it first.
    c.res = undefined;
    c.res = response;
  };
}

import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { MiddlewareHandler } from 'hono';

/**
 * Response compression with brotli and gzip (hono/compress has no brotli). The UI's assets are
 * compressed once at build time (`scripts/precompress.ts`) and served as they are; this middleware
 * compresses what the app generates (JSON, the HTML fallback) when the client accepts it.
 */

export type Encoding = 'br' | 'gzip';

/** Below this size compression saves less than the headers and time it costs. */
export const minCompressBytes = 1024;

const compressibleType =
  /^\s*(?:text\/|application\/(?:json|javascript|xml|geo\+json|[\w.-]+\+json)|image\/svg\+xml)/i;

/** Whether a Content-Type is worth compressing (text, JSON, JavaScript, SVG). */
export function isCompressible(contentType: string | null | undefined): boolean {
  return Boolean(contentType && compressibleType.test(contentType));
}

/**
 * The encoding to answer with for an Accept-Encoding header: brotli when accepted, else gzip, else
 * none. A coding with q=0 is refused; `*` accepts both.
 */
export function negotiateEncoding(acceptEncoding: string | null | undefined): Encoding | undefined {
  if (!acceptEncoding) return undefined;
  const accepted = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((param) => /^\s*q=([\d.]+)\s*$/.exec(param)?.[1]).find(Boolean);
    accepted.set(name.trim(), q === undefined ? 1 : Number(q));
  }
  const allows = (encoding: Encoding) => {
    const q = accepted.get(encoding) ?? accepted.get('*');
    return q !== undefined && q > 0;
  };
  if (allows('br')) return 'br';
  if (allows('gzip')) return 'gzip';
  return undefined;
}

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/**
 * Compresses a body. `effort` 'fast' is for per-request work (brotli quality 5, gzip level 6);
 * 'best' for content compressed once and kept (brotli 11, gzip 9).
 */
export async function encode(
  body: Uint8Array,
  encoding: Encoding,
  effort: 'fast' | 'best',
): Promise<Uint8Array<ArrayBuffer>> {
  // A copy into its own ArrayBuffer: zlib's Buffers may share a pooled one, which Response refuses.
  return new Uint8Array(await compressed(body, encoding, effort));
}

function compressed(body: Uint8Array, encoding: Encoding, effort: 'fast' | 'best'): Promise<Buffer> {
  if (encoding === 'br') {
    return brotli(body, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: effort === 'best' ? 11 : 5,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength,
      },
    });
  }
  return gzip(body, { level: effort === 'best' ? 9 : 6 });
}

/** The suffix a strong ETag gets per encoding: each encoding is a different representation. */
const etagSuffix: Record<Encoding, string> = { br: '-br', gzip: '-gz' };

/** The ETag of the encoded representation of a response whose identity ETag is `etag`. */
export function encodedEtag(etag: string, encoding: Encoding | undefined): string {
  if (!encoding || !etag.endsWith('"') || etag.startsWith('W/')) return etag;
  return `${etag.slice(0, -1)}${etagSuffix[encoding]}"`;
}

/** Whether If-None-Match names `etag` in any of its encodings (or is `*`). */
export function etagMatches(ifNoneMatch: string | null | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((candidate) => {
    const tag = candidate.trim().replace(/^W\//, '');
    return (
      tag === '*' || tag === etag || tag === encodedEtag(etag, 'br') || tag === encodedEtag(etag, 'gzip')
    );
  });
}

/**
 * Compresses compressible responses of at least `minCompressBytes` that are not already encoded,
 * and marks every compressible response `Vary: Accept-Encoding`.
 */
export function compress(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const res = c.res;
    if (!isCompressible(res.headers.get('content-type'))) return;
    if (!/\baccept-encoding\b/i.test(res.headers.get('vary') ?? ''))
      c.header('Vary', 'Accept-Encoding', { append: true });
    if (res.headers.has('content-encoding') || c.req.method === 'HEAD') return;
    if (res.status === 204 || res.status === 206 || res.status === 304) return;
    const encoding = negotiateEncoding(c.req.header('accept-encoding'));
    if (!encoding) return;
    const length = res.headers.get('content-length');
    if (length !== null && Number(length) < minCompressBytes) return;
    // Reading `body` turns @hono/node-server's light response into a full one: only when needed.
    if (!res.body) return;
    const body = new Uint8Array(await res.arrayBuffer());
    const headers = new Headers(res.headers);
    // Assigning c.res copies the old response's headers over the new one's: clear it first.
    c.res = undefined;
    if (body.byteLength < minCompressBytes) {
      c.res = new Response(body, { status: res.status, headers });
      return;
    }
    const encoded = await encode(body, encoding, 'fast');
    headers.set('Content-Encoding', encoding);
    headers.set('Content-Length', String(encoded.byteLength));
    const etag = headers.get('etag');
    if (etag) headers.set('ETag', encodedEtag(etag, encoding));
    c.res = new Response(encoded, { status: res.status, headers });
  };
}

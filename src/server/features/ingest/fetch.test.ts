import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { BlockedAddressError, fetchArticle } from './fetch';

let server: Server;
let base = '';
const pending = new Set<NodeJS.Timeout>();

beforeAll(async () => {
  server = createServer((request, response) => {
    const url = request.url ?? '/';
    if (url === '/ok') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end('<html><body><p>Pemkot Malang</p></body></html>');
    } else if (url === '/redirect-once') {
      response.writeHead(302, { location: '/ok' });
      response.end();
    } else if (url === '/bad-location') {
      response.writeHead(302, { location: 'http://[' });
      response.end();
    } else if (url === '/loop') {
      response.writeHead(301, { location: '/loop' });
      response.end();
    } else if (url === '/slow') {
      const timer = setTimeout(() => {
        pending.delete(timer);
        response.writeHead(200, { 'content-type': 'text/html' });
        response.end('<p>late</p>');
      }, 2_000);
      pending.add(timer);
    } else if (url === '/json') {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('{}');
    } else if (url === '/gzip' || url === '/gzip-big') {
      const html = url === '/gzip' ? '<p>Pemkot Malang</p>' : `<p>${'x'.repeat(50_000)}</p>`;
      response.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
      response.end(gzipSync(html));
    } else if (url === '/big') {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end(`<p>${'x'.repeat(50_000)}</p>`);
    } else {
      response.writeHead(404, { 'content-type': 'text/html' });
      response.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const timer of pending) clearTimeout(timer);
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('fetchArticle', () => {
  it('returns the HTML and the final URL after a redirect', async () => {
    const result = await fetchArticle(`${base}/redirect-once`);
    expect(result).toEqual({
      ok: true,
      html: '<html><body><p>Pemkot Malang</p></body></html>',
      finalUrl: `${base}/ok`,
    });
  });

  it('reports an HTTP error', async () => {
    const result = await fetchArticle(`${base}/missing`);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.code).toBe('FETCH_HTTP_ERROR');
  });

  it('stops a redirect loop', async () => {
    const result = await fetchArticle(`${base}/loop`, { maxRedirects: 3 });
    expect(result.ok === false && result.code).toBe('FETCH_TOO_MANY_REDIRECTS');
  });

  it('caps redirects at 10 whatever the caller asks', async () => {
    const seen: string[] = [];
    const result = await fetchArticle(`${base}/loop`, {
      maxRedirects: 1_000,
      checkUrl: (url) => {
        seen.push(url.pathname);
        return null;
      },
    });
    expect(result.ok === false && result.code).toBe('FETCH_TOO_MANY_REDIRECTS');
    expect(seen).toHaveLength(11);
  });

  it('asks checkUrl before every hop and stops at the first refusal', async () => {
    const seen: string[] = [];
    const allowed = await fetchArticle(`${base}/redirect-once`, {
      checkUrl: (url) => {
        seen.push(url.pathname);
        return null;
      },
    });
    expect(allowed.ok).toBe(true);
    expect(seen).toEqual(['/redirect-once', '/ok']);
    const refused = await fetchArticle(`${base}/redirect-once`, {
      checkUrl: async (url) => (url.pathname === '/ok' ? 'not this one' : null),
    });
    expect(refused).toEqual({ ok: false, code: 'FETCH_BLOCKED', message: `${base}/ok: not this one` });
  });

  it('bounds a check that never answers (a hanging DNS lookup) by the deadline', async () => {
    const result = await fetchArticle(`${base}/ok`, {
      timeoutMs: 200,
      checkUrl: () => new Promise<string | null>(() => undefined),
    });
    expect(result.ok === false && result.code).toBe('FETCH_TIMEOUT');
  });

  it('reports a redirect to an invalid Location', async () => {
    const result = await fetchArticle(`${base}/bad-location`);
    expect(result.ok === false && result.code).toBe('FETCH_HTTP_ERROR');
  });

  it('times out a slow server', async () => {
    const started = Date.now();
    const result = await fetchArticle(`${base}/slow`, { timeoutMs: 200 });
    expect(result.ok === false && result.code).toBe('FETCH_TIMEOUT');
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  it('refuses content that is not HTML', async () => {
    const result = await fetchArticle(`${base}/json`);
    expect(result.ok === false && result.code).toBe('FETCH_NOT_HTML');
  });

  it('refuses a body over the size cap', async () => {
    const result = await fetchArticle(`${base}/big`, { maxBytes: 1_000 });
    expect(result.ok === false && result.code).toBe('FETCH_TOO_LARGE');
  });

  it('connects to the address the lookup option gives, not to what the system resolver says', async () => {
    const asked: string[] = [];
    const { port } = new URL(base);
    const result = await fetchArticle(`http://article.sinergi.invalid:${port}/ok`, {
      lookup: (hostname, options, callback) => {
        asked.push(hostname);
        if (options.all) callback(null, [{ address: '127.0.0.1', family: 4 }]);
        else callback(null, '127.0.0.1', 4);
      },
    });
    expect(result.ok).toBe(true);
    expect(asked).toEqual(['article.sinergi.invalid']);
  });

  it('reports a lookup that refuses the address as FETCH_BLOCKED', async () => {
    const { port } = new URL(base);
    const result = await fetchArticle(`http://article.sinergi.invalid:${port}/ok`, {
      lookup: (_hostname, _options, callback) => callback(new BlockedAddressError('not this address'), ''),
    });
    expect(result).toEqual({ ok: false, code: 'FETCH_BLOCKED', message: 'not this address' });
  });

  it('decodes a compressed body and applies the size cap to the decoded bytes', async () => {
    const plain = await fetchArticle(`${base}/gzip`);
    expect(plain.ok && plain.html).toBe('<p>Pemkot Malang</p>');
    const bomb = await fetchArticle(`${base}/gzip-big`, { maxBytes: 1_000 });
    expect(bomb.ok === false && bomb.code).toBe('FETCH_TOO_LARGE');
  });

  it('reports an unreachable host or a bad URL as FETCH_FAILED', async () => {
    const bad = await fetchArticle('not a url');
    expect(bad.ok === false && bad.code).toBe('FETCH_FAILED');
    const ftp = await fetchArticle('ftp://127.0.0.1/x');
    expect(ftp.ok === false && ftp.code).toBe('FETCH_FAILED');
  });
});

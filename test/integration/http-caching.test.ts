import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompressDir } from '../../src/server/precompress.js';
import { createTestApp, databaseKinds, type TestApp } from './support/app.js';

function decode(body: Buffer, encoding: string | null): string {
  if (encoding === 'br') return zlib.brotliDecompressSync(body).toString();
  if (encoding === 'gzip') return zlib.gunzipSync(body).toString();
  return body.toString();
}

async function fetchBody(t: TestApp, pathname: string, headers: Record<string, string> = {}) {
  const response = await t.request(pathname, { headers });
  return { response, body: Buffer.from(await response.arrayBuffer()) };
}

describe.each(databaseKinds)('region reads from memory on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('answers region reads without the database', async () => {
    // With the table out of the way, any region query would fail.
    await t.database.db.execute(sql`alter table regions rename to regions_hidden`);
    try {
      for (const pathname of [
        '/api/regions/32.75',
        '/api/regions?q=bekasy',
        '/api/regions?province=35&level=kota',
        '/api/regions/resolve?text=Malang',
        '/api/regions/35.73/geometry',
      ]) {
        expect((await t.request(pathname)).status, pathname).toBe(200);
      }
      expect((await t.request('/api/regions/99.99')).status).toBe(404);
    } finally {
      await t.database.db.execute(sql`alter table regions_hidden rename to regions`);
    }
  });

  it('gives region answers a strong ETag and answers If-None-Match with 304', async () => {
    const first = await t.request('/api/regions/32.75');
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers.get('cache-control')).toMatch(/^public, max-age=\d+/);
    const again = await t.request('/api/regions/32.75', { headers: { 'if-none-match': etag ?? '' } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('etag')).toBe(etag);
    const other = await t.request('/api/regions/32.16', { headers: { 'if-none-match': etag ?? '' } });
    expect(other.status).toBe(200);
    expect(other.headers.get('etag')).not.toBe(etag);
  });

  it('compresses a region list with brotli or gzip as accepted, with one ETag per encoding', async () => {
    const identity = await fetchBody(t, '/api/regions?pageSize=100');
    expect(identity.response.headers.get('content-encoding')).toBeNull();
    expect(identity.response.headers.get('vary')).toMatch(/accept-encoding/i);
    const text = identity.body.toString();
    expect((JSON.parse(text) as { items: unknown[] }).items).toHaveLength(100);
    const etags = new Set([identity.response.headers.get('etag')]);
    for (const [accept, encoding] of [
      ['gzip, deflate, br', 'br'],
      ['gzip', 'gzip'],
      ['br;q=0, gzip', 'gzip'],
      ['identity', null],
    ] as const) {
      const { response, body } = await fetchBody(t, '/api/regions?pageSize=100', {
        'accept-encoding': accept,
      });
      expect(response.headers.get('content-encoding'), accept).toBe(encoding);
      expect(decode(body, encoding), accept).toBe(text);
      if (encoding) expect(body.length).toBeLessThan(text.length / 3);
      etags.add(response.headers.get('etag'));
      // The ETag of any encoding revalidates.
      const revalidated = await t.request('/api/regions?pageSize=100', {
        headers: { 'accept-encoding': accept, 'if-none-match': response.headers.get('etag') ?? '' },
      });
      expect(revalidated.status, accept).toBe(304);
    }
    expect(etags.size).toBe(3);
  });

  it('does not cache errors', async () => {
    const bad = await t.request('/api/regions?pageSize=1000');
    expect(bad.status).toBe(400);
    expect(bad.headers.get('etag')).toBeNull();
  });

  it('compresses other JSON answers and leaves small ones alone', async () => {
    const { response, body } = await fetchBody(t, '/api/openapi.json', { 'accept-encoding': 'br' });
    expect(response.headers.get('content-encoding')).toBe('br');
    expect((JSON.parse(decode(body, 'br')) as { openapi: string }).openapi).toBe('3.1.0');
    const small = await t.request('/api/regions/32.75', { headers: { 'accept-encoding': 'br' } });
    expect(small.headers.get('content-encoding')).toBeNull();
  });
});

describe('the built UI', () => {
  const webDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sinergi-web-'));
  const script = `export const pages = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `page ${i}`))};\n`;
  let t: TestApp;
  let withMaps: TestApp;
  beforeAll(async () => {
    fs.mkdirSync(path.join(webDir, 'assets'));
    fs.mkdirSync(path.join(webDir, '.vite'));
    fs.writeFileSync(
      path.join(webDir, 'index.html'),
      '<!doctype html><html><body><div id="root"></div><script type="module" src="/assets/app-1.js"></script></body></html>',
    );
    fs.writeFileSync(path.join(webDir, 'assets', 'app-1.js'), script);
    fs.writeFileSync(path.join(webDir, 'assets', 'app-1.js.map'), '{"version":3,"sources":["app.tsx"]}');
    fs.writeFileSync(path.join(webDir, 'assets', 'tiny-1.js'), 'export {};\n');
    fs.writeFileSync(path.join(webDir, '.vite', 'manifest.json'), '{}');
    expect(await precompressDir(webDir)).toBe(1);
    t = await createTestApp('pglite', {}, { webDir });
    withMaps = await createTestApp('pglite', { SERVE_SOURCE_MAPS: 'true' }, { webDir });
  });
  afterAll(async () => {
    await t?.close();
    await withMaps?.close();
    fs.rmSync(webDir, { recursive: true, force: true });
  });

  it('precompresses only files worth it, and not source maps', () => {
    expect(fs.readdirSync(path.join(webDir, 'assets')).sort()).toEqual([
      'app-1.js',
      'app-1.js.br',
      'app-1.js.gz',
      'app-1.js.map',
      'tiny-1.js',
    ]);
  });

  it('serves the precompressed files by Accept-Encoding', async () => {
    for (const [accept, encoding] of [
      ['gzip, deflate, br', 'br'],
      ['gzip', 'gzip'],
      ['', null],
    ] as const) {
      const { response, body } = await fetchBody(t, '/assets/app-1.js', { 'accept-encoding': accept });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-encoding'), accept).toBe(encoding);
      expect(response.headers.get('content-type')).toMatch(/javascript/);
      expect(response.headers.get('vary')).toMatch(/accept-encoding/i);
      expect(response.headers.get('cache-control')).toContain('immutable');
      expect(decode(body, encoding)).toBe(script);
      if (encoding === 'br') {
        expect(body.equals(fs.readFileSync(path.join(webDir, 'assets', 'app-1.js.br')))).toBe(true);
      }
    }
  });

  it('does not serve source maps or the build manifest unless configured', async () => {
    expect((await t.request('/assets/app-1.js.map')).status).toBe(404);
    expect((await t.request('/.vite/manifest.json')).status).toBe(404);
    const map = await withMaps.request('/assets/app-1.js.map');
    expect(map.status).toBe(200);
    expect(await map.text()).toContain('app.tsx');
    expect((await withMaps.request('/.vite/manifest.json')).status).toBe(404);
  });

  it('answers client-side routes with index.html', async () => {
    const response = await t.request('/wilayah/32.75');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('/assets/app-1.js');
  });
});

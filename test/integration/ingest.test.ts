import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, databaseKinds, type TestApp } from './support/app.js';
import { loginAs, send, type TestUser } from './support/factories.js';

type ErrorBody = { error: { code: string; message: string; field?: string; details?: { reason?: string } } };
type Draft = {
  source: { kind: string; finalUrl: string | null };
  result: {
    eventType: string;
    parties: Array<{ code: string }>;
    date: string | null;
    text: string;
    evidence: Record<string, Array<{ sentence: string; start: number; end: number }>>;
  };
};

const seedsDir = path.resolve(import.meta.dirname, '../fixtures/seeds');
const seed000 = fs.readFileSync(path.join(seedsDir, '000_1213b2b0bcdd98c8.txt'), 'utf8');

describe.each(databaseKinds)('article extraction API on %s', (kind) => {
  let t: TestApp;
  let officer: TestUser;
  let server: http.Server;
  let base = '';

  beforeAll(async () => {
    t = await createTestApp(kind, { INGEST_ALLOW_PRIVATE_URLS: 'true', INGEST_FETCH_TIMEOUT_MS: '500' });
    officer = await loginAs(t, { role: 'opd_officer', regionCode: '32.75' });
    server = http.createServer((request, response) => {
      if (request.url === '/article') {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        response.end(
          `<html><head><title>Berita</title></head><body><nav>Beranda | Berita</nav><article><h1>Kerja sama</h1>${seed000
            .split('\n\n')
            .map((p) => `<p>${p}</p>`)
            .join('')}</article><aside>Baca juga: Pemkab Bogor</aside></body></html>`,
        );
      } else if (request.url === '/loop') {
        response.writeHead(302, { location: '/loop' });
        response.end();
      } else if (request.url === '/slow') {
        setTimeout(() => response.end('late'), 3000);
      } else if (request.url === '/empty') {
        response.writeHead(200, { 'content-type': 'text/html' });
        response.end('<html><body><nav>Menu</nav></body></html>');
      } else {
        response.writeHead(404);
        response.end('not found');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
    await t?.close();
  });

  it('extracts a draft from pasted text with evidence for each field', async () => {
    const { status, body } = await send(t, officer, 'POST', '/api/extract', { text: seed000 });
    expect(status).toBe(200);
    const draft = body as Draft;
    expect(draft.result.eventType).toBe('signing');
    expect(draft.result.parties.map((p) => p.code).sort()).toEqual(['32.75', '35.73']);
    expect(draft.result.date).toBe('2024-08-07');
    const partyEvidence = draft.result.evidence.parties ?? [];
    expect(partyEvidence.length).toBeGreaterThan(0);
    for (const item of partyEvidence) {
      expect(draft.result.text.slice(item.start, item.end).length).toBeGreaterThan(0);
      expect(item.sentence).toContain(draft.result.text.slice(item.start, item.end));
    }
  });

  it('fetches a URL and reduces the page to its article', async () => {
    const { status, body } = await send(t, officer, 'POST', '/api/extract', { url: `${base}/article` });
    expect(status).toBe(200);
    const draft = body as Draft;
    expect(draft.source.kind).toBe('url');
    expect(draft.result.parties.map((p) => p.code).sort()).toEqual(['32.75', '35.73']);
    expect(draft.result.text).not.toContain('Baca juga');
  });

  it.each([
    ['/missing', 'FETCH_HTTP_ERROR'],
    ['/loop', 'FETCH_TOO_MANY_REDIRECTS'],
    ['/slow', 'FETCH_TIMEOUT'],
  ])('answers a URL that fails (%s) with a clear error', async (pathname, reason) => {
    const { status, body } = await send(t, officer, 'POST', '/api/extract', { url: `${base}${pathname}` });
    expect(status).toBe(422);
    expect((body as ErrorBody).error).toMatchObject({
      code: 'URL_FETCH_FAILED',
      field: 'url',
      details: { reason },
    });
  });

  it('says when a page holds no article', async () => {
    const { status, body } = await send(t, officer, 'POST', '/api/extract', { url: `${base}/empty` });
    expect(status).toBe(422);
    expect((body as ErrorBody).error.code).toBe('NO_ARTICLE');
  });

  it('refuses empty text, binary data, both or neither input, and oversized bodies', async () => {
    const empty = await send(t, officer, 'POST', '/api/extract', { text: '   ' });
    expect(empty.status).toBe(400);
    expect((empty.body as ErrorBody).error.field).toBe('text');
    const binary = await send(t, officer, 'POST', '/api/extract', {
      text: 'PK\u0003\u0004\u0000\u0000binary',
    });
    expect(binary.status).toBe(400);
    const both = await send(t, officer, 'POST', '/api/extract', { text: 'x', url: `${base}/article` });
    expect(both.status).toBe(400);
    const neither = await send(t, officer, 'POST', '/api/extract', {});
    expect(neither.status).toBe(400);
    const huge = await t.json<ErrorBody>('/api/extract', {
      method: 'POST',
      headers: { ...officer.headers, 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'kerja sama '.repeat(1_000_000) }),
    });
    expect(huge.status).toBe(413);
    expect(huge.body.error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('claims nothing for a text that is not Indonesian news', async () => {
    const { status, body } = await send(t, officer, 'POST', '/api/extract', {
      text: 'The quarterly report shows revenue growth across all divisions. The board met on Tuesday.',
    });
    expect(status).toBe(200);
    expect((body as Draft).result).toMatchObject({ eventType: 'other', parties: [], date: null });
  });

  it('refuses private addresses unless allowed, and anonymous callers', async () => {
    const strict = await createTestApp(kind);
    try {
      const user = await loginAs(strict, { role: 'opd_officer', regionCode: '32.75' });
      const { status, body } = await send(strict, user, 'POST', '/api/extract', { url: `${base}/article` });
      expect(status).toBe(422);
      expect((body as ErrorBody).error.code).toBe('URL_NOT_ALLOWED');
      expect((await send(strict, null, 'POST', '/api/extract', { text: seed000 })).status).toBe(401);
    } finally {
      await strict.close();
    }
  });
});

import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, databaseKinds, type TestApp } from './support/app.js';
import { loginAs, malangPasuruanKsb, type TestUser } from './support/factories.js';

const signedPdf = new URL('../fixtures/files/ksb-signed.pdf', import.meta.url);

type ErrorBody = {
  error: { code: string; message: string; field?: string; details?: Array<{ code: string }> };
};

/**
 * The app's edge: a framework error keeps its own status (415, not 500), and a NUL or a lone
 * surrogate anywhere in the path, the query or a body is refused with 400 VALIDATION_FAILED naming
 * the field, before it can reach PostgreSQL (which cannot store either).
 */
describe.each(databaseKinds)('request edge on %s', (kind) => {
  let t: TestApp;
  let admin: TestUser;
  beforeAll(async () => {
    t = await createTestApp(kind);
    admin = await loginAs(t, { role: 'system_admin' });
  });
  afterAll(async () => {
    await t?.close();
  });

  const post = (path: string, contentType: string | null, body: string, headers = {}) =>
    t.json<ErrorBody>(path, {
      method: 'POST',
      headers: { ...(contentType ? { 'content-type': contentType } : {}), ...headers },
      body,
    });

  describe('wrong Content-Type', () => {
    it('answers 415 UNSUPPORTED_MEDIA_TYPE for text/plain, a form or no type on a JSON route', async () => {
      const login = JSON.stringify({ email: 'a@b.go.id', password: 'x' });
      for (const contentType of ['text/plain', 'application/x-www-form-urlencoded', null]) {
        const { status, body } = await post('/api/auth/login', contentType, login);
        expect(status, String(contentType)).toBe(415);
        expect(body.error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
      }
    });

    it('answers 415 for JSON sent to the document upload route', async () => {
      const created = await t.json<{ id: string }>('/api/agreements', {
        method: 'POST',
        headers: { ...admin.headers, 'content-type': 'application/json' },
        body: JSON.stringify(malangPasuruanKsb()),
      });
      expect(created.status).toBe(201);
      const { status, body } = await post(
        `/api/agreements/${created.body.id}/documents`,
        'application/json',
        '{"file":"x"}',
        admin.headers,
      );
      expect(status).toBe(415);
      expect(body.error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    });
  });

  describe('NUL and lone surrogates', () => {
    // A lone surrogate cannot travel in a UTF-8 form (FormData sends U+FFFD for it); a NUL can.
    it('refuses a NUL in the fields of a document upload (a streamed form)', async () => {
      const created = await t.json<{ id: string }>('/api/agreements', {
        method: 'POST',
        headers: { ...admin.headers, 'content-type': 'application/json' },
        body: JSON.stringify(malangPasuruanKsb({ title: 'Kesepakatan unggah NUL' })),
      });
      expect(created.status).toBe(201);
      for (const title of ['Naskah\u0000KSB', '\u0000']) {
        const form = new FormData();
        form.set('file', new File([new Uint8Array(readFileSync(signedPdf))], 'ksb.pdf'));
        form.set('kind', 'signed');
        form.set('title', title);
        const { status, body } = await t.json<ErrorBody>(`/api/agreements/${created.body.id}/documents`, {
          method: 'POST',
          headers: admin.headers,
          body: form,
        });
        expect(status, JSON.stringify(title)).toBe(400);
        expect(body.error).toMatchObject({ code: 'VALIDATION_FAILED' });
        expect(body.error.details?.[0]?.code).toBe('invalid_characters');
      }
    });

    it('refuses them in a path parameter, naming the path', async () => {
      for (const path of ['/api/regions/%00', '/api/regions/%ED%A0%80', '/api/agreements/a%00b']) {
        const { status, body } = await t.json<ErrorBody>(path, { headers: admin.headers });
        expect(status, path).toBe(400);
        expect(body.error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'path' });
        expect(body.error.details?.[0]?.code).toBe('invalid_characters');
      }
    });

    it('refuses malformed percent-encoding in the path with 400', async () => {
      const { status, body } = await t.json<ErrorBody>('/api/regions/%E0%A4%A');
      expect(status).toBe(400);
      expect(body.error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'path' });
    });

    it('refuses them in a query value or name, naming the parameter', async () => {
      for (const [query, field] of [
        ['q=%00', 'q'],
        ['province=3%002', 'province'],
        ['a%00=1', 'query'],
      ] as const) {
        const { status, body } = await t.json<ErrorBody>(`/api/regions?${query}`);
        expect(status, query).toBe(400);
        expect(body.error).toMatchObject({ code: 'VALIDATION_FAILED', field });
      }
    });

    it('refuses them in any string of a JSON body, keys included, naming the field', async () => {
      const cases: Array<[unknown, string]> = [
        [{ ...malangPasuruanKsb(), title: 'Kerja sama\u0000 sampah' }, 'body.title'],
        [{ ...malangPasuruanKsb(), title: 'Kerja sama \ud800 sampah' }, 'body.title'],
        [{ ...malangPasuruanKsb(), title: 'Kerja sama \udc00 sampah' }, 'body.title'],
        [
          malangPasuruanKsb({
            parties: [
              { kind: 'region', regionCode: '35.73', documentNumber: '180/01\u0000' },
              { kind: 'region', regionCode: '35.14' },
            ],
          }),
          'body.parties.0.documentNumber',
        ],
        [{ ...malangPasuruanKsb(), ['x\u0000']: 1 }, 'body.x\u0000'],
      ];
      for (const [payload, field] of cases) {
        // JSON.stringify escapes lone surrogates as \udXXX, which JSON.parse turns back into one.
        const { status, body } = await post(
          '/api/agreements',
          'application/json',
          JSON.stringify(payload),
          admin.headers,
        );
        expect(status, field).toBe(400);
        expect(body.error).toMatchObject({ code: 'VALIDATION_FAILED', field });
      }
    });

    it('refuses them in a login password before any lookup', async () => {
      const { status, body } = await post(
        '/api/auth/login',
        'application/json',
        JSON.stringify({ email: 'admin@x.go.id', password: 'pass\u0000word' }),
      );
      expect(status).toBe(400);
      expect(body.error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'body.password' });
    });

    it('refuses JSON nested more than 64 levels deep with 400, not a stack overflow', async () => {
      const deep = `${'['.repeat(100_000)}1${']'.repeat(100_000)}`;
      const { status, body } = await post(
        '/api/agreements',
        'application/json',
        `{"title":${deep}}`,
        admin.headers,
      );
      expect(status).toBe(400);
      expect(body.error.code).toBe('VALIDATION_FAILED');
    });

    it('still accepts well-formed Unicode (a surrogate pair, Javanese script)', async () => {
      const { status } = await post(
        '/api/agreements?force=true',
        'application/json',
        JSON.stringify(malangPasuruanKsb({ title: 'Kerja sama ꦏꦼꦂꦗ 🤝 pengelolaan sampah' })),
        admin.headers,
      );
      expect(status).toBe(201);
    });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, databaseKinds, type TestApp } from './support/app.js';

type RegionDto = {
  code: string;
  name: string;
  level: string;
  provinceCode: string | null;
  provinceName: string | null;
};
type Page = { items: RegionDto[]; total: number; page: number; pageSize: number };
type ErrorBody = { error: { code: string; message: string; field?: string; requestId?: string } };

describe.each(databaseKinds)('regions API on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('reports health with the database kind and applied migrations', async () => {
    const { status, body } = await t.json<{
      status: string;
      database: string;
      version: string;
      migrations: number;
    }>('/api/health');
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: 'ok', database: kind });
    expect(body.migrations).toBeGreaterThanOrEqual(2);
    expect(body.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('returns Kota Bekasi for 32.75 with its province', async () => {
    const { status, body } = await t.json<RegionDto & { province: RegionDto; children: RegionDto[] }>(
      '/api/regions/32.75',
    );
    expect(status).toBe(200);
    expect(body).toMatchObject({ code: '32.75', name: 'Kota Bekasi', level: 'kota', provinceCode: '32' });
    expect(body.province).toMatchObject({ code: '32', name: 'Jawa Barat', level: 'provinsi' });
    expect(body.children).toEqual([]);
  });

  it('lists the kabupaten/kota of a province', async () => {
    const { body } = await t.json<RegionDto & { children: RegionDto[] }>('/api/regions/32');
    expect(body.children.length).toBe(27);
    expect(body.children.map((r) => r.code)).toContain('32.16');
  });

  it('answers 404 REGION_NOT_FOUND for an unknown code', async () => {
    for (const code of ['99.99', 'abc', '32.7']) {
      const { status, body, headers } = await t.json<ErrorBody>(`/api/regions/${code}`);
      expect(status).toBe(404);
      expect(body.error.code).toBe('REGION_NOT_FOUND');
      expect(body.error.requestId).toBe(headers.get('x-request-id'));
    }
  });

  it('counts 38 provinces, 416 kabupaten and 98 kota', async () => {
    for (const [level, count] of [
      ['provinsi', 38],
      ['kabupaten', 416],
      ['kota', 98],
    ] as const) {
      const { body } = await t.json<Page>(`/api/regions?level=${level}&pageSize=5`);
      expect(body.total).toBe(count);
      expect(body.items).toHaveLength(5);
      expect(body.items.every((r) => r.level === level)).toBe(true);
    }
    const { body } = await t.json<Page>('/api/regions');
    expect(body.total).toBe(552);
  });

  it('finds both Kota Bekasi and Kabupaten Bekasi for "Bekasi", first', async () => {
    const { body } = await t.json<Page>('/api/regions?q=Bekasi');
    const codes = body.items.map((r) => r.code);
    expect(codes.slice(0, 2).sort()).toEqual(['32.16', '32.75']);
  });

  it('tolerates typos and aliases', async () => {
    const typo = await t.json<Page>('/api/regions?q=bekasy');
    expect(typo.body.items.map((r) => r.code)).toEqual(expect.arrayContaining(['32.16', '32.75']));
    const alias = await t.json<Page>(`/api/regions?q=${encodeURIComponent('Pemkab Bekasi')}`);
    expect(alias.body.items[0]?.code).toBe('32.16');
    const spaced = await t.json<Page>(`/api/regions?q=${encodeURIComponent('pematang siantar')}`);
    expect(spaced.body.items[0]?.code).toBe('12.72');
  });

  it('filters by province and level and pages', async () => {
    const { body } = await t.json<Page>('/api/regions?province=35&level=kota&pageSize=3&page=2');
    expect(body.total).toBe(9);
    expect(body.items).toHaveLength(3);
    expect(body.items.every((r) => r.provinceCode === '35' && r.level === 'kota')).toBe(true);
    const past = await t.json<Page>('/api/regions?province=35&level=kota&pageSize=3&page=50');
    expect(past.body.items).toEqual([]);
    expect(past.body.total).toBe(9);
  });

  it('rejects invalid query parameters with 400 naming the field', async () => {
    for (const [query, field] of [
      ['pageSize=1000', 'pageSize'],
      ['page=0', 'page'],
      ['level=desa', 'level'],
      ['province=jabar', 'province'],
    ] as const) {
      const { status, body } = await t.json<ErrorBody>(`/api/regions?${query}`);
      expect(status, query).toBe(400);
      expect(body.error.code).toBe('VALIDATION_FAILED');
      expect(body.error.field).toBe(field);
    }
  });

  it('treats SQL-looking and wildcard input as plain text', async () => {
    const injection = await t.json<Page>(`/api/regions?q=${encodeURIComponent("'; drop table regions; --")}`);
    expect(injection.status).toBe(200);
    const wildcard = await t.json<Page>(`/api/regions?q=${encodeURIComponent('%')}`);
    expect(wildcard.status).toBe(200);
    expect(wildcard.body.total).toBe(0);
    const after = await t.json<Page>('/api/regions');
    expect(after.body.total).toBe(552);
  });

  it('resolves names to one region or candidates', async () => {
    const resolved = await t.json<{ status: string; region: RegionDto | null; candidates: RegionDto[] }>(
      `/api/regions/resolve?text=${encodeURIComponent('Pemkab Bekasi')}`,
    );
    expect(resolved.body.status).toBe('resolved');
    expect(resolved.body.region?.code).toBe('32.16');
    const ambiguous = await t.json<{ status: string; candidates: RegionDto[] }>(
      '/api/regions/resolve?text=Malang',
    );
    expect(ambiguous.body.status).toBe('ambiguous');
    expect(ambiguous.body.candidates.map((r) => r.code).sort()).toEqual(['35.07', '35.73']);
    const missing = await t.json<ErrorBody>('/api/regions/resolve');
    expect(missing.status).toBe(400);
    expect(missing.body.error.field).toBe('text');
  });

  it('serves the boundary of a region as GeoJSON', async () => {
    const { status, body } = await t.json<{
      type: string;
      properties: { code: string };
      geometry: { type: string };
    }>('/api/regions/35.73/geometry');
    expect(status).toBe(200);
    expect(body.type).toBe('Feature');
    expect(body.properties.code).toBe('35.73');
    expect(['Polygon', 'MultiPolygon']).toContain(body.geometry.type);
    expect((await t.request('/api/regions/99.99/geometry')).status).toBe(404);
  });

  it('answers unknown API routes with 404 JSON', async () => {
    const { status, body } = await t.json<ErrorBody>('/api/does-not-exist');
    expect(status).toBe(404);
    expect(body.error.code).toBe('ROUTE_NOT_FOUND');
  });

  it('refuses an oversized body with 413', async () => {
    const response = await t.request('/api/regions', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(5_000_000) },
      body: 'x'.repeat(5_000_000),
    });
    expect(response.status).toBe(413);
    expect(((await response.json()) as ErrorBody).error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('serves the OpenAPI document and the API reference', async () => {
    const { status, body } = await t.json<{ openapi: string; paths: Record<string, unknown> }>(
      '/api/openapi.json',
    );
    expect(status).toBe(200);
    expect(body.openapi).toBe('3.1.0');
    expect(Object.keys(body.paths)).toEqual(
      expect.arrayContaining(['/api/health', '/api/regions', '/api/regions/{code}', '/api/regions/resolve']),
    );
    // The reference is rendered on the server from that document: every path, no script at all,
    // under the same strict CSP as the rest of the app.
    const docs = await t.request('/api/docs');
    expect(docs.status).toBe(200);
    expect(docs.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await docs.text();
    expect(html).not.toContain('<script');
    expect(html).toContain('href="/api/openapi.json"');
    for (const path of Object.keys(body.paths)) expect(html).toContain(`<code>${path}</code>`);
    expect(html).toContain('id="get-api-regions-code"');
    const css = await t.request('/api/docs/assets/reference.css');
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toContain('text/css');
  });

  it('sets security headers', async () => {
    const response = await t.request('/api/health');
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('x-request-id')).toBeTruthy();
  });
});

import fs from 'node:fs';
import path from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/app.js';

/**
 * The UI's response types are generated from the server's OpenAPI document (decision 013), so no
 * response shape is written twice. This test fails when the checked-in file is stale; run
 * `npm run openapi:types` to write it anew.
 */
const target = path.resolve(import.meta.dirname, '../../src/web/api/openapi.gen.ts');
const header = `/**
 * Generated from GET /api/openapi.json by \`npm run openapi:types\` (openapi-typescript). Do not edit:
 * test/integration/openapi-types.test.ts fails when this file no longer matches the server.
 */
`;

describe('the UI types of the API', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('pglite');
  });
  afterAll(async () => {
    await t?.close();
  });

  it('match the OpenAPI document the server publishes', async () => {
    const response = await t.request('/api/openapi.json');
    expect(response.status).toBe(200);
    const document = (await response.json()) as Parameters<typeof openapiTS>[0];
    const generated = header + astToString(await openapiTS(document, { alphabetize: true }));
    if (process.env.UPDATE_OPENAPI_TYPES === '1') fs.writeFileSync(target, generated);
    const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '';
    expect(current === generated, 'src/web/api/openapi.gen.ts is stale: run `npm run openapi:types`').toBe(
      true,
    );
  });
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { openPglite } from '../../src/server/db/client.js';
import { runMigrations } from '../../src/server/db/migrate.js';
import { loadReferenceData } from '../../src/server/db/reference.js';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplateDir: string;
  }
}

/**
 * Global setup of the integration and e2e projects: migrates one PGlite data dir with the
 * reference data, once per project and run. An in-process test app (`createTestApp`) and a test
 * server (`startTestServer`) copy it instead of running initdb, the migrations and the reference
 * data again: a copy opens in ~0.3 s, a fresh start costs ~11 s of CPU more per server.
 */
export default async function setup(project: TestProject) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sinergi-template-'));
  const database = await openPglite(root, 'test template');
  await runMigrations(database);
  await loadReferenceData(database);
  await database.close();
  project.provide('pgliteTemplateDir', root);
  return () => fs.rmSync(root, { recursive: true, force: true });
}

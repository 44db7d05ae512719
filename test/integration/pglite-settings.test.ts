/**
 * PGlite's shared buffers follow PGLITE_SHARED_BUFFERS (openDatabase's `pgliteSharedBuffers`), 16MB
 * when unset: the national data set's lists read several times faster with more (docs/benchmarks.md).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/server/db/client.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sinergi-pglite-settings-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

async function sharedBuffers(options: { pgliteSharedBuffers?: string }): Promise<string> {
  const database = await openDatabase({ dataDir: root, purpose: 'test', ...options });
  try {
    const [row] = await database.rawQuery<{ shared_buffers: string }>('show shared_buffers', []);
    return row!.shared_buffers;
  } finally {
    await database.close();
  }
}

describe('PGlite shared buffers', () => {
  it('are 16MB by default and follow the setting', async () => {
    expect(await sharedBuffers({})).toBe('16MB');
    expect(await sharedBuffers({ pgliteSharedBuffers: '48MB' })).toBe('48MB');
  }, 120_000);
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { afterEach, describe, expect, it } from 'vitest';
import { createLocalDiskStorage } from './local-disk.js';
import { contentKey } from './storage.js';

const roots: string[] = [];
function storage() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sinergi-storage-'));
  roots.push(root);
  return { root, store: createLocalDiskStorage(root) };
}
afterEach(() => {
  for (const root of roots.splice(0)) fs.rmSync(root, { recursive: true, force: true });
});

describe('local disk storage', () => {
  it('stores a buffer and a stream, reads them back and deletes', async () => {
    const { root, store } = storage();
    const key = contentKey('a'.repeat(64));
    await store.put(key, new TextEncoder().encode('halo'));
    expect(await text((await store.get(key))!)).toBe('halo');
    await store.put('other/x', Readable.from([Buffer.from('a'), Buffer.from('b')]));
    expect(await text((await store.get('other/x'))!)).toBe('ab');
    await store.delete(key);
    await store.delete(key);
    expect(await store.get(key)).toBeNull();
    // Nothing is left in the temporary folder after successful writes.
    expect(fs.readdirSync(path.join(root, '.tmp'))).toEqual([]);
  });

  it('refuses keys that would escape the root', async () => {
    const { store } = storage();
    for (const key of ['../x', '/etc/passwd', 'a/../../b', 'a//b', 'A']) {
      await expect(store.put(key, new Uint8Array(1))).rejects.toThrow(/Invalid storage key/);
    }
  });

  it('leaves no partial file when the stream fails', async () => {
    const { root, store } = storage();
    async function* failing() {
      yield Buffer.from('part');
      throw new Error('connection lost');
    }
    await expect(store.put('k/1', failing())).rejects.toThrow('connection lost');
    expect(await store.get('k/1')).toBeNull();
    expect(fs.readdirSync(path.join(root, '.tmp'))).toEqual([]);
  });
});

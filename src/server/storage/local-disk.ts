import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { assertValidKey, type FileStorage, type StorageInput } from './storage.js';

/**
 * Files on the local disk under `root`. A write goes to a temporary file in the same file system
 * and is renamed into place, so a reader never sees half a file and a crash leaves only a stray
 * temporary file behind.
 */
export function createLocalDiskStorage(root: string): FileStorage {
  const tempDir = path.join(root, '.tmp');
  const pathOf = (key: string) => {
    assertValidKey(key);
    return path.join(root, ...key.split('/'));
  };
  return {
    async put(key, data: StorageInput) {
      const target = pathOf(key);
      await fsp.mkdir(tempDir, { recursive: true });
      await fsp.mkdir(path.dirname(target), { recursive: true });
      const temp = path.join(tempDir, `${Date.now()}-${randomBytes(8).toString('hex')}`);
      try {
        if (data instanceof Uint8Array) {
          await fsp.writeFile(temp, data, { flag: 'wx' });
        } else {
          const source = data instanceof Readable ? data : Readable.from(data);
          await pipeline(source, fs.createWriteStream(temp, { flags: 'wx' }));
        }
        await fsp.rename(temp, target);
      } catch (error) {
        await fsp.rm(temp, { force: true });
        throw error;
      }
    },
    async get(key) {
      const file = pathOf(key);
      try {
        const handle = await fsp.open(file, 'r');
        return handle.createReadStream();
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
    async delete(key) {
      await fsp.rm(pathOf(key), { force: true });
    },
  };
}

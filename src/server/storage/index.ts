/**
 * File storage behind one interface (put / get / delete). Local disk under DATA_DIR/files is the
 * default provider.
 */
import path from 'node:path';
import type { Config } from '../config.js';
import { createLocalDiskStorage } from './local-disk.js';
import type { FileStorage } from './storage.js';

export type { FileStorage, StorageInput } from './storage.js';
export { contentKey } from './storage.js';
export { createLocalDiskStorage } from './local-disk.js';

/** The configured storage provider. */
export function createStorage(config: Pick<Config, 'dataDir'>): FileStorage {
  return createLocalDiskStorage(path.join(config.dataDir, 'files'));
}

import type { Readable } from 'node:stream';

/** What can be stored: a whole buffer or a stream of bytes. */
export type StorageInput = Uint8Array | Readable | AsyncIterable<Uint8Array>;

/**
 * Where file contents live. The database keeps metadata (files table) and the key; the provider
 * keeps the bytes. Local disk is the default; an S3-compatible provider can implement the same
 * three operations.
 */
export type FileStorage = {
  /** Stores the bytes under `key`. Writing an existing key replaces it atomically. */
  put(key: string, data: StorageInput): Promise<void>;
  /** The bytes under `key` as a stream, or null when there is no such key. */
  get(key: string): Promise<Readable | null>;
  /** Removes `key`; removing a missing key is not an error. */
  delete(key: string): Promise<void>;
};

const keyPattern = /^[a-z0-9][a-z0-9/_.-]{0,254}$/;

/** Rejects keys that could escape the storage root ("..", absolute paths, odd characters). */
export function assertValidKey(key: string): void {
  if (!keyPattern.test(key) || key.split('/').some((part) => part === '' || part === '.' || part === '..')) {
    throw new Error(`Invalid storage key: ${JSON.stringify(key)}`);
  }
}

/**
 * The content-addressed key of a file: identical uploads share one stored copy, and a key never
 * changes meaning (a new version of a document is a new key).
 */
export function contentKey(sha256: string): string {
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error('contentKey expects a lower-case hex SHA-256');
  return `sha256/${sha256.slice(0, 2)}/${sha256.slice(2, 4)}/${sha256}`;
}

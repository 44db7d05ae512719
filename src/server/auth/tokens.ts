import { createHash, randomBytes } from 'node:crypto';

/** A URL-safe random secret of 32 bytes, optionally with a recognisable prefix. */
export function randomToken(prefix = ''): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

/** SHA-256 of a secret, hex: what is stored instead of the secret itself. */
export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

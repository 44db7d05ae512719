import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { createRequire } from 'node:module';
import type * as LanguageCommon from '@zxcvbn-ts/language-common';

/**
 * scrypt (memory-hard) with N=2^14, r=8, p=1: 16 MiB per hash, ~40 ms on one core here; strong
 * enough for interactive logins and well inside the 150 ms p95 login target.
 */
const params = { N: 16_384, r: 8, p: 1, keyLength: 32 } as const;

function scryptAsync(
  password: string,
  salt: Buffer,
  keyLength: number,
  options: ScryptOptions,
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFKC'), salt, keyLength, options, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

/** Hashes a password as `scrypt$N$r$p$salt$hash` (base64url), so parameters can change later. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scryptAsync(password, salt, params.keyLength, {
    N: params.N,
    r: params.r,
    p: params.p,
    maxmem: 64 * 1024 * 1024,
  });
  return ['scrypt', params.N, params.r, params.p, salt.toString('base64url'), key.toString('base64url')].join(
    '$',
  );
}

/** Verifies a password against a stored hash in constant time. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, saltText, hashText] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !saltText || !hashText) return false;
  const expected = Buffer.from(hashText, 'base64url');
  const key = await scryptAsync(password, Buffer.from(saltText, 'base64url'), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    maxmem: 256 * 1024 * 1024,
  });
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/**
 * What an unknown email's password is verified against, so timing does not tell whether an account
 * exists. Built once when the module loads, with the current parameters, a random salt and a random
 * key that no password derives: verifying it costs exactly one scrypt, like a real account, and no
 * request ever pays for building it (a lazily hashed dummy made the first unknown email run scrypt
 * twice).
 */
const dummyHash = [
  'scrypt',
  params.N,
  params.r,
  params.p,
  randomBytes(16).toString('base64url'),
  randomBytes(params.keyLength).toString('base64url'),
].join('$');
export function dummyPasswordHash(): string {
  return dummyHash;
}

export const passwordMinLength = 10;
export const passwordMaxLength = 256;

const require = createRequire(import.meta.url);
let commonPasswordSet: ReadonlySet<string> | undefined;

/**
 * The ~49,000 most common passwords (zxcvbn-ts common list) plus local favourites. Loaded on the
 * first password check rather than at start: the list is about 14 MB of an idle server's memory.
 */
function commonPasswords(): ReadonlySet<string> {
  commonPasswordSet ??= new Set<string>([
    ...((require('@zxcvbn-ts/language-common') as typeof LanguageCommon).dictionary[
      'passwords-common'
    ] as string[]),
    'bismillah',
    'indonesia',
    'indonesia1945',
    'merdeka1945',
    'sayangku123',
    'rahasia123',
    'pemkot123',
    'pemkab123',
    'pemprov123',
    'kerjasama123',
    'sinergi123',
  ]);
  return commonPasswordSet;
}

export type PasswordProblem =
  'PASSWORD_TOO_SHORT' | 'PASSWORD_TOO_LONG' | 'PASSWORD_COMMON' | 'PASSWORD_PERSONAL';

/**
 * Length-based policy (NIST SP 800-63B): at least 10 characters, no composition rules, not a
 * common password, not the user's own email or name. Returns the problem or null.
 */
export function checkPasswordPolicy(
  password: string,
  personal: { email?: string | undefined; name?: string | undefined } = {},
): PasswordProblem | null {
  if ([...password].length < passwordMinLength) return 'PASSWORD_TOO_SHORT';
  if ([...password].length > passwordMaxLength) return 'PASSWORD_TOO_LONG';
  const lower = password.toLowerCase();
  // Common passwords with a digit or two appended are as weak as the base word.
  if (commonPasswords().has(lower) || commonPasswords().has(lower.replace(/[0-9!.]+$/, '')))
    return 'PASSWORD_COMMON';
  if (/^(.)\1+$/.test(password) || /^(0123456789|1234567890|abcdefghij)/.test(lower))
    return 'PASSWORD_COMMON';
  const emailLocal = personal.email?.toLowerCase().split('@')[0];
  const name = personal.name?.toLowerCase().replace(/\s+/g, '');
  if (
    (emailLocal && emailLocal.length >= 4 && lower.includes(emailLocal)) ||
    (name && name.length >= 4 && lower.replace(/\s+/g, '').includes(name))
  )
    return 'PASSWORD_PERSONAL';
  return null;
}

export const passwordProblemMessages: Record<PasswordProblem, string> = {
  PASSWORD_TOO_SHORT: `The password must be at least ${passwordMinLength} characters long`,
  PASSWORD_TOO_LONG: `The password must be at most ${passwordMaxLength} characters long`,
  PASSWORD_COMMON: 'This password is too common; choose a longer phrase',
  PASSWORD_PERSONAL: 'The password must not contain your email or name',
};

import { lookup } from 'node:dns/promises';
import { isIP, type LookupFunction } from 'node:net';
import { BlockedAddressError, type FetchOptions } from './fetch.js';

/** Resolves a host name to all its addresses (by default the system resolver, as connections do). */
export type Resolver = (hostname: string) => Promise<ReadonlyArray<{ address: string; family: number }>>;

const systemResolver: Resolver = (hostname) => lookup(hostname, { all: true });

const privateMessage = 'the URL points to a private network address';

function isPrivateIpv4(address: string): boolean {
  const [a = 0, b = 0] = address.split('.').map(Number);
  return (
    a === 0 ||
    a === 10 ||
    a === 127 ||
    (a === 100 && b >= 64 && b <= 127) ||
    (a === 169 && b === 254) ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 192 && b === 0) ||
    (a === 198 && (b === 18 || b === 19)) ||
    a >= 224
  );
}

/** The eight 16-bit groups of an IPv6 address, a trailing dotted IPv4 part included; null if malformed. */
function ipv6Groups(address: string): number[] | null {
  let text = address.toLowerCase().split('%')[0] ?? '';
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted?.[1]) {
    const [a = 0, b = 0, c = 0, d = 0] = dotted[1].split('.').map(Number);
    text = `${text.slice(0, -dotted[1].length)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const missing = 8 - left.length - right.length;
  if (tail === undefined ? left.length !== 8 : missing < 0) return null;
  const groups = [...left, ...Array<string>(tail === undefined ? 0 : missing).fill('0'), ...right].map(
    (group) => Number.parseInt(group, 16),
  );
  return groups.some((group) => !Number.isInteger(group) || group < 0 || group > 0xffff) ? null : groups;
}

/** Whether an address is loopback, private, link-local or otherwise not on the public internet. */
export function isPrivateAddress(address: string): boolean {
  if (isIP(address) === 4) return isPrivateIpv4(address);
  const groups = ipv6Groups(address);
  if (!groups) return true;
  const [g0 = 0, g1 = 0, g2 = 0, g3 = 0, g4 = 0, g5 = 0, g6 = 0, g7 = 0] = groups;
  const embedded = `${g6 >> 8}.${g6 & 0xff}.${g7 >> 8}.${g7 & 0xff}`;
  const firstFive = g0 | g1 | g2 | g3 | g4;
  // ::, ::1 (0.0.0.x), and IPv4-compatible or IPv4-mapped addresses (::ffff:7f00:1 is 127.0.0.1).
  if (firstFive === 0 && (g5 === 0 || g5 === 0xffff)) return isPrivateIpv4(embedded);
  // NAT64 (64:ff9b::/96) reaches the IPv4 address it embeds.
  if (g0 === 0x64 && g1 === 0xff9b && (g2 | g3 | g4 | g5) === 0) return isPrivateIpv4(embedded);
  // 6to4 (2002::/16) embeds an IPv4 address in its second and third groups.
  if (g0 === 0x2002) return isPrivateIpv4(`${g1 >> 8}.${g1 & 0xff}.${g2 >> 8}.${g2 & 0xff}`);
  return (
    (g0 & 0xfe00) === 0xfc00 || // unique local fc00::/7
    (g0 & 0xffc0) === 0xfe80 || // link-local fe80::/10
    (g0 & 0xffc0) === 0xfec0 || // site-local fec0::/10 (deprecated, still routed in places)
    (g0 & 0xff00) === 0xff00 || // multicast
    (g0 === 0x2001 && g1 === 0xdb8) // documentation
  );
}

/**
 * Refuses URLs whose host resolves to a private address, so "import from a URL" cannot be used to
 * reach the server's own network (SSRF). Every address the host resolves to is checked, not only a
 * literal IP. Returns an error message, or null when the URL may be fetched. This check alone is not
 * enough for a host name: the connection looks it up again (see `publicOnlyLookup`).
 */
export async function checkPublicUrl(
  url: string,
  resolve: Resolver = systemResolver,
): Promise<string | null> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'not a valid URL';
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    return 'only http and https URLs can be fetched';
  const host = parsed.hostname.replace(/^\[|\]$/g, '');
  try {
    const addresses = isIP(host) ? [{ address: host }] : await resolve(host);
    if (addresses.length === 0) return `the host ${host} cannot be resolved`;
    if (addresses.some((entry) => isPrivateAddress(entry.address))) return privateMessage;
  } catch {
    return `the host ${host} cannot be resolved`;
  }
  return null;
}

/**
 * A `lookup` for the connection that resolves the host name and refuses it when any of its addresses
 * is private, so the address connected to is always one that was checked: a DNS server answering a
 * public address to `checkPublicUrl` and 127.0.0.1 a moment later (DNS rebinding) gets nowhere.
 */
export function publicOnlyLookup(resolve: Resolver = systemResolver): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname).then(
      (addresses) => {
        const first = addresses[0];
        if (!first) {
          callback(
            Object.assign(new Error(`the host ${hostname} cannot be resolved`), { code: 'ENOTFOUND' }),
            '',
          );
        } else if (addresses.some((entry) => isPrivateAddress(entry.address))) {
          callback(new BlockedAddressError(`${hostname}: ${privateMessage}`), '');
        } else if (options.all) {
          callback(
            null,
            addresses.map((entry) => ({ address: entry.address, family: entry.family })),
          );
        } else {
          callback(null, first.address, first.family);
        }
      },
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), ''),
    );
  };
}

/**
 * The fetch options that keep "import from a URL" off the server's own network: every URL (the first
 * and each redirect target) is checked, and the connection reaches only addresses that pass the same
 * check at connect time.
 */
export function publicFetchGuard(
  resolve: Resolver = systemResolver,
): Required<Pick<FetchOptions, 'checkUrl' | 'lookup'>> {
  return { checkUrl: (url) => checkPublicUrl(url.href, resolve), lookup: publicOnlyLookup(resolve) };
}

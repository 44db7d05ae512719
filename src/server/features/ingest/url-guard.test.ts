import { describe, expect, it } from 'vitest';
import { checkPublicUrl, isPrivateAddress } from './url-guard.js';

describe('isPrivateAddress', () => {
  it.each([
    '127.0.0.1',
    '10.1.2.3',
    '172.20.0.1',
    '192.168.1.1',
    '169.254.169.254',
    '::1',
    'fd00::1',
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '::ffff:a9fe:a9fe',
    '::',
    '64:ff9b::a9fe:a9fe',
    '2002:7f00:1::',
    'fe80::1%eth0',
    'not an address',
  ])('flags %s', (address) => expect(isPrivateAddress(address)).toBe(true));
  it.each(['8.8.8.8', '103.10.20.30', '2001:4860::8888', '::ffff:808:808', '2404:6800:4003:c00::64'])(
    'accepts %s',
    (address) => expect(isPrivateAddress(address)).toBe(false),
  );
});

describe('checkPublicUrl', () => {
  it('refuses loopback, bad schemes and garbage', async () => {
    expect(await checkPublicUrl('http://127.0.0.1:3000/x')).toMatch(/private/);
    expect(await checkPublicUrl('http://localhost/x')).toMatch(/private|resolved/);
    expect(await checkPublicUrl('file:///etc/passwd')).toMatch(/http/);
    expect(await checkPublicUrl('not a url')).toMatch(/valid/);
    // The URL parser writes a mapped IPv4 address in hex: it is still loopback.
    expect(await checkPublicUrl('http://[::ffff:127.0.0.1]/x')).toMatch(/private/);
    expect(await checkPublicUrl('http://2130706433/x')).toMatch(/private/);
  });
});

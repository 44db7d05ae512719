import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchArticle } from './fetch.js';
import { checkPublicUrl, publicFetchGuard, publicOnlyLookup, type Resolver } from './url-guard.js';

/**
 * SSRF through redirects: a "public" page (the local server, which the guard is told to trust for its
 * entry URL only, as it would trust a real news site) redirects to the server's own network. Each
 * redirect target goes through the same check as the first URL, with its host resolved, and the
 * private target is never requested.
 */
let server: Server;
let base = '';
let port = 0;
const secretHits: string[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    const url = request.url ?? '/';
    const redirect = (location: string) => response.writeHead(302, { location }).end();
    if (url === '/to-loopback') redirect(`http://127.0.0.1:${port}/secret`);
    else if (url === '/to-metadata') redirect('http://169.254.169.254/latest/meta-data/');
    else if (url === '/to-localhost-name') redirect(`http://localhost:${port}/secret`);
    else if (url === '/to-mapped-ipv6') redirect(`http://[::ffff:127.0.0.1]:${port}/secret`);
    else if (url === '/to-decimal') redirect(`http://2130706433:${port}/secret`);
    else if (url === '/hop') redirect('/to-loopback');
    else if (url === '/secret') {
      secretHits.push(url);
      response.writeHead(200, { 'content-type': 'text/html' }).end('<p>rahasia</p>');
    } else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** The server's guard, except that the entry URL stands for a public news site. */
function guardTrusting(entry: string) {
  return (url: URL) => (url.href === entry ? null : checkPublicUrl(url.href));
}

describe('redirect targets are checked like the first URL', () => {
  it.each(['/to-loopback', '/to-metadata', '/to-localhost-name', '/to-mapped-ipv6', '/to-decimal'])(
    'refuses %s without requesting the private target',
    async (pathname) => {
      const entry = `${base}${pathname}`;
      const result = await fetchArticle(entry, { checkUrl: guardTrusting(entry), timeoutMs: 3_000 });
      expect(result.ok === false && result.code).toBe('FETCH_BLOCKED');
      expect(result.ok === false && result.message).toMatch(/private network address/);
    },
  );

  it('checks a hop in the middle of a chain too', async () => {
    const entry = `${base}/hop`;
    // The first hop is trusted, the second (same host, /to-loopback) is not: the host resolves privately.
    const result = await fetchArticle(entry, { checkUrl: guardTrusting(entry) });
    expect(result.ok === false && result.code).toBe('FETCH_BLOCKED');
  });

  it('never reached the private page', () => {
    expect(secretHits).toEqual([]);
  });

  it('refuses the first URL itself when it is private', async () => {
    const result = await fetchArticle(`${base}/secret`, { checkUrl: (url) => checkPublicUrl(url.href) });
    expect(result.ok === false && result.code).toBe('FETCH_BLOCKED');
    expect(secretHits).toEqual([]);
  });
});

/**
 * DNS rebinding: the host name answers a public address when the URL is checked and the server's own
 * address when the connection looks it up again. The connection must use the checked answer or none.
 */
describe('the address connected to is the one checked', () => {
  /** A resolver that answers `first` once, then `later` for every lookup after. */
  function rebinding(first: string, later: string): Resolver & { calls: string[] } {
    const calls: string[] = [];
    const resolve = (hostname: string) => {
      calls.push(hostname);
      return Promise.resolve([{ address: calls.length === 1 ? first : later, family: 4 }]);
    };
    return Object.assign(resolve, { calls });
  }

  it('refuses a host that resolves publicly at check time and to 127.0.0.1 at connect time', async () => {
    const resolver = rebinding('93.184.216.34', '127.0.0.1');
    const result = await fetchArticle(`http://rebind.sinergi.test:${port}/secret`, {
      ...publicFetchGuard(resolver),
      timeoutMs: 3_000,
    });
    expect(result.ok === false && result.code).toBe('FETCH_BLOCKED');
    expect(result.ok === false && result.message).toMatch(/private network address/);
    // Checked once by checkUrl, once more when connecting: the second answer was refused.
    expect(resolver.calls).toEqual(['rebind.sinergi.test', 'rebind.sinergi.test']);
    expect(secretHits).toEqual([]);
  });

  it('passes a public answer on to the connection, in both lookup forms', async () => {
    const lookup = publicOnlyLookup(() => Promise.resolve([{ address: '93.184.216.34', family: 4 }]));
    const addresses = await new Promise<unknown>((resolve, reject) =>
      lookup('news.sinergi.test', { all: true }, (error, address) =>
        error ? reject(error) : resolve(address),
      ),
    );
    expect(addresses).toEqual([{ address: '93.184.216.34', family: 4 }]);
    const single = await new Promise<unknown>((resolve, reject) =>
      lookup('news.sinergi.test', {}, (error, address, family) =>
        error ? reject(error) : resolve({ address, family }),
      ),
    );
    expect(single).toEqual({ address: '93.184.216.34', family: 4 });
  });

  it('refuses a host when any one of its addresses is private', async () => {
    const lookup = publicOnlyLookup(() =>
      Promise.resolve([
        { address: '93.184.216.34', family: 4 },
        { address: '::1', family: 6 },
      ]),
    );
    const error = await new Promise<unknown>((resolve) =>
      lookup('mixed.sinergi.test', { all: true }, resolve),
    );
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/private network address/);
  });
});

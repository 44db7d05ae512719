import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchArticle } from '../../../extract/fetch.js';
import { checkPublicUrl } from './url-guard.js';

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

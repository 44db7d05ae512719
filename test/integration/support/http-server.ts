import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { TestApp } from './app.js';

export type HttpResponse = { status: number; headers: http.IncomingHttpHeaders; body: string };

export type HttpTestServer = {
  baseUrl: string;
  /** One keep-alive agent: a socket the server drops shows up as a request error. */
  agent: http.Agent;
  /**
   * Sends one request over the keep-alive agent and resolves with the whole answer; rejects when
   * the connection fails (reset, closed before the answer ...).
   */
  send(
    method: string,
    path: string,
    options?: { headers?: Record<string, string>; body?: string | Buffer },
  ): Promise<HttpResponse>;
  close(): Promise<void>;
};

/**
 * Serves a test app on a real HTTP socket (127.0.0.1, a free port), as `sinergi serve` does, for
 * tests that are about connections: keep-alive, bodies refused before they are read, fuzzing.
 */
export async function serveTestApp(t: TestApp): Promise<HttpTestServer> {
  const server = await new Promise<http.Server>((resolve) => {
    const started = serve({ fetch: t.app.fetch, port: 0, hostname: '127.0.0.1' }, () =>
      resolve(started as http.Server),
    ) as http.Server;
  });
  const { port } = server.address() as AddressInfo;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    agent,
    send(method, path, options = {}) {
      return new Promise<HttpResponse>((resolve, reject) => {
        // Node's client sends a DELETE, GET or OPTIONS body with neither Content-Length nor
        // chunked encoding, so the server reads the body as the start of a next request (and,
        // from Node 24 on, resets the connection). Every real client frames its body: so do we.
        const headers = { ...options.headers };
        if (options.body !== undefined) headers['content-length'] = String(Buffer.byteLength(options.body));
        const request = http.request(
          { host: '127.0.0.1', port, method, path, agent, headers },
          (response) => {
            const chunks: Buffer[] = [];
            response.on('data', (chunk: Buffer) => chunks.push(chunk));
            response.on('error', reject);
            response.on('end', () =>
              resolve({
                status: response.statusCode ?? 0,
                headers: response.headers,
                body: Buffer.concat(chunks).toString('utf8'),
              }),
            );
          },
        );
        request.on('error', reject);
        request.end(options.body);
      });
    },
    async close() {
      agent.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

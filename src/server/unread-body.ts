import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './http.js';

/** How long the server waits for the rest of an unread body before it gives up on the connection. */
const drainTimeoutMs = 5_000;

/**
 * Keeps a keep-alive connection usable when the answer did not need the request's body (401 before
 * the body was read, 403 for a foreign Origin, a route that ignores a body). Without this the
 * unread bytes are still on the socket when the answer is sent, and the HTTP server drops the
 * connection under the client's next request. So the body is read and discarded, through the body
 * limit; when it is over the limit (413) or too slow to arrive, the answer says `Connection: close`
 * instead, so the client opens a fresh connection rather than reusing one that is being closed.
 *
 * The headers are asked first: on @hono/node-server, reading `body` of a request builds the
 * full `Request` with an abort signal whose listener undici keeps in a FinalizationRegistry.
 * Doing that for every GET kept about one signal per request alive under load (RSS grew from
 * 221 to 505 MB over 45 s of mixed reads on PostgreSQL); a request without a body never needs it.
 */
export function settleUnreadBody(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    if (!mayHaveBody(c.req.header.bind(c.req))) return;
    const request = c.req.raw;
    if (request.bodyUsed || !request.body) return;
    if (c.res.status === 413 || !(await drained(request.body))) c.header('Connection', 'close');
  };
}

function mayHaveBody(header: (name: string) => string | undefined): boolean {
  const length = header('content-length');
  return Boolean(header('transfer-encoding')) || (length !== undefined && length !== '0');
}

/** Reads a body to its end; false when reading fails (the body limit) or takes too long. */
async function drained(body: ReadableStream<Uint8Array>): Promise<boolean> {
  const reader = body.getReader();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), drainTimeoutMs);
  });
  const readAll = (async () => {
    try {
      while (!(await reader.read()).done);
      return true;
    } catch {
      return false;
    }
  })();
  try {
    const finished = await Promise.race([readAll, timeout]);
    if (!finished) await reader.cancel().catch(() => {});
    return finished;
  } finally {
    clearTimeout(timer);
  }
}

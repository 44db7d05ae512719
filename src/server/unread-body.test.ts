import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import type { AppEnv } from './http.js';
import { settleUnreadBody } from './unread-body.js';

/** A request that counts how often its body is asked for. */
function countingRequest(url: string, init?: RequestInit): { request: Request; bodyReads: () => number } {
  let reads = 0;
  class Counting extends Request {
    override get body() {
      reads += 1;
      return super.body;
    }
  }
  return { request: new Counting(url, init), bodyReads: () => reads };
}

function app() {
  const hono = new Hono<AppEnv>();
  hono.use(settleUnreadBody());
  hono.all('/ignores-body', (c) => c.text('ok'));
  return hono;
}

describe('settleUnreadBody', () => {
  it('never touches the body of a request that has none (a GET)', async () => {
    const { request, bodyReads } = countingRequest('http://local/ignores-body');
    const response = await app().fetch(request);
    expect(response.status).toBe(200);
    expect(bodyReads()).toBe(0);
    expect(response.headers.get('connection')).toBeNull();
  });

  it('reads and discards a body the route ignored, keeping the connection', async () => {
    const { request, bodyReads } = countingRequest('http://local/ignores-body', {
      method: 'POST',
      body: 'x'.repeat(1000),
      headers: { 'content-length': '1000' },
    });
    const response = await app().fetch(request);
    expect(response.status).toBe(200);
    expect(bodyReads()).toBeGreaterThan(0);
    expect(request.bodyUsed).toBe(true);
    expect(response.headers.get('connection')).toBeNull();
  });
});

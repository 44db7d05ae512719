/**
 * The reference of the HTTP benchmark: a bare Hono JSON endpoint on @hono/node-server, as small as
 * a Hono app gets. Run as a child process by http.bench.ts: `node --import tsx bench/bare-hono.ts PORT`.
 */
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const app = new Hono();
app.get('/', (c) => c.json({ code: '32.75', name: 'Kota Bekasi' }));
serve({ fetch: app.fetch, port: Number(process.argv[2]), hostname: '127.0.0.1' });

import { Hono } from 'hono';
import type { AppEnv } from '../../http.js';
import { referenceCss, renderReference, type ApiDocument } from './reference.js';

/**
 * A readable API reference at /api/docs, rendered on the server from the app's OpenAPI document
 * (`reference.ts`): no script and no third-party package, so it works offline and under the
 * strict Content-Security-Policy. `document` is called on the first request, once every route is
 * registered, and the page is kept.
 */
export function docsRoutes({ document }: { document: () => ApiDocument }) {
  const router = new Hono<AppEnv>();
  let page: string | null = null;
  router.get('/api/docs', (c) => c.html((page ??= renderReference(document()))));
  router.get('/api/docs/assets/reference.css', (c) =>
    c.body(referenceCss, 200, {
      'Content-Type': 'text/css; charset=utf-8',
      'Cache-Control': 'public, max-age=86400',
    }),
  );
  return router;
}

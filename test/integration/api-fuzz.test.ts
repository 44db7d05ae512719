import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, databaseKinds, type TestApp } from './support/app.js';
import { loginAs, malangPasuruanKsb, send, createTestUser } from './support/factories.js';
import {
  bodyFor,
  encodeComponent,
  hostileString,
  pathValue,
  valueFor,
  type FuzzBody,
  type Schema,
} from './support/fuzz-values.js';
import { serveTestApp, type HttpTestServer } from './support/http-server.js';

/**
 * The 100,000-character strings go in bodies; in a URL they are cut to 2,000 characters. A request
 * line over Node's header limit (16 KiB) never reaches the app: Node answers 431 and, from Node 24
 * on, closes the socket while the client is still sending, which the client sees as a reset. That
 * is Node's parser protecting the app, not a fault of Sinergi's.
 */
function withinUrlLimit(part: string): string {
  return part.replace(/(x{2000})x+/g, '$1');
}
/**
 * Property-based fuzzing of the whole API: every operation of /api/openapi.json, anonymously and
 * as a system administrator with an API token, with hostile path parameters, queries, bodies and
 * Content-Types. No answer may be a 5xx, no connection may be dropped, and the server must be
 * healthy afterwards. The runs are bounded and seeded: FUZZ_SEED and FUZZ_RUNS (per operation and
 * actor) override them, and a failure prints the seed and the request that failed.
 */
const seed = Number(process.env.FUZZ_SEED ?? 20_241_106);
const runsPerOperation = Number(process.env.FUZZ_RUNS ?? 20);

type Parameter = { name: string; in: 'path' | 'query' | 'header' | 'cookie'; schema?: Schema };
type Operation = {
  method: string;
  path: string;
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema?: Schema }> };
};
type OpenApi = {
  paths: Record<string, Record<string, Omit<Operation, 'method' | 'path'>>>;
  components?: { schemas?: Record<string, Schema> };
};

/** A generated value as text for a path or query: strings as they are, anything else as JSON. */
function asText(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? '');
}

type FuzzRequest = { path: string; headers: Record<string, string>; body: FuzzBody | null };

describe.each(databaseKinds)('API fuzzing on %s', (kind) => {
  let t: TestApp;
  let server: HttpTestServer;
  let operations: Operation[];
  let resolve: (ref: string) => Schema | undefined;
  let adminToken: string;
  const knownIds: string[] = [];

  beforeAll(async () => {
    t = await createTestApp(kind);
    server = await serveTestApp(t);
    const admin = await loginAs(t, { role: 'system_admin' });
    const token = await send(t, admin, 'POST', '/api/auth/tokens', { name: 'fuzzer' });
    adminToken = (token.body as { token: string }).token;
    expect(adminToken).toMatch(/^snrg_/);
    // Real ids, so that some requests reach records rather than stopping at 404.
    const agreement = await send(t, admin, 'POST', '/api/agreements', malangPasuruanKsb());
    const viewer = await createTestUser(t, { role: 'viewer', regionCode: '35.73' });
    knownIds.push((agreement.body as { id: string }).id, viewer.userId);

    const spec = JSON.parse((await server.send('GET', '/api/openapi.json')).body) as OpenApi;
    const schemas = spec.components?.schemas ?? {};
    resolve = (ref) => schemas[ref.replace('#/components/schemas/', '')];
    operations = Object.entries(spec.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => ({
        ...operation,
        method: method.toUpperCase(),
        path,
      })),
    );
    expect(operations.length).toBeGreaterThan(40);
  });
  afterAll(async () => {
    await server?.close();
    await t?.close();
  });

  /** Requests for one operation: each path parameter, query parameter, header and body fuzzed. */
  function requestsFor(operation: Operation, authorization: string | null): fc.Arbitrary<FuzzRequest> {
    const parameters = operation.parameters ?? [];
    const pathParams = parameters.filter((parameter) => parameter.in === 'path');
    const queryParams = parameters.filter((parameter) => parameter.in === 'query');
    const headerParams = parameters.filter((parameter) => parameter.in === 'header');
    const contentTypes = Object.keys(operation.requestBody?.content ?? {});
    const bodySchema = Object.values(operation.requestBody?.content ?? {})[0]?.schema;

    const pathArbitrary = fc
      .tuple(
        ...pathParams.map((parameter) =>
          fc.oneof(
            valueFor(parameter.schema, resolve, knownIds).map((value) => encodeComponent(asText(value))),
            pathValue,
            hostileString.map(encodeComponent),
          ),
        ),
      )
      .map((values) =>
        withinUrlLimit(
          pathParams.reduce(
            (path, parameter, index) => path.replace(`{${parameter.name}}`, values[index]!),
            operation.path,
          ),
        ),
      );
    const queryArbitrary = fc
      .tuple(
        ...queryParams.map((parameter) =>
          fc.option(valueFor(parameter.schema, resolve, knownIds), { freq: 2 }),
        ),
        fc.option(fc.tuple(hostileString, hostileString), { freq: 3 }),
      )
      .map((values) => {
        const pairs: Array<[string, unknown]> = [];
        queryParams.forEach((parameter, index) => {
          const value = values[index];
          if (value === null || value === undefined) return;
          for (const item of Array.isArray(value) ? value : [value]) pairs.push([parameter.name, item]);
        });
        const extra = values[queryParams.length] as [string, string] | null;
        if (extra) pairs.push(extra);
        return withinUrlLimit(
          pairs
            .map(([name, value]) => `${encodeComponent(name)}=${encodeComponent(asText(value))}`)
            .join('&'),
        );
      });
    const headerArbitrary = fc
      .tuple(
        ...headerParams.map(() =>
          fc.option(fc.constantFrom('"1"', '*', 'W/"x"', '"99999999999999999999"', 'abc')),
        ),
      )
      .map((values) =>
        Object.fromEntries(
          headerParams.flatMap((parameter, index) =>
            values[index] ? [[parameter.name, values[index]]] : [],
          ),
        ),
      );
    return fc
      .record({
        path: pathArbitrary,
        query: queryArbitrary,
        headers: headerArbitrary,
        body: bodyFor(contentTypes, valueFor(bodySchema, resolve, knownIds)),
      })
      .map(({ path, query, headers, body }) => ({
        path: query ? `${path}?${query}` : path,
        headers: { ...headers, ...(authorization ? { authorization } : {}) },
        body,
      }));
  }

  function describeRequest(operation: Operation, request: FuzzRequest): string {
    const body = request.body ? String(request.body.body).slice(0, 300) : '';
    return `${operation.method} ${request.path.slice(0, 300)} [${request.body?.contentType ?? 'no body'}] ${body}`;
  }

  async function fuzz(actor: 'anonymous' | 'system administrator (API token)') {
    const authorization = actor === 'anonymous' ? null : `Bearer ${adminToken}`;
    const failures: string[] = [];
    for (const [index, operation] of operations.entries()) {
      // One seed per operation and actor, derived from the run's seed, so operations do not all
      // draw the same sequence of choices.
      const operationSeed = (seed + index * 7919 + (authorization ? 104_729 : 0)) | 0;
      const result = await fc.check(
        fc.asyncProperty(requestsFor(operation, authorization), async (request) => {
          const headers: Record<string, string> = { ...request.headers };
          if (request.body?.contentType) headers['content-type'] = request.body.contentType;
          let response;
          try {
            response = await server.send(operation.method, request.path, {
              headers,
              ...(request.body ? { body: request.body.body } : {}),
            });
          } catch (error) {
            throw new Error(`connection failed (${(error as NodeJS.ErrnoException).code ?? String(error)})`, {
              cause: error,
            });
          }
          if (response.status >= 500) {
            throw new Error(`answered ${response.status}: ${response.body.slice(0, 300)}`);
          }
        }),
        { seed: operationSeed, numRuns: runsPerOperation, endOnFailure: true },
      );
      if (result.failed) {
        const example = result.counterexample?.[0];
        failures.push(
          `${operation.method} ${operation.path} as ${actor}: ${result.errorInstance instanceof Error ? result.errorInstance.message : String(result.errorInstance)}\n` +
            `  request: ${example ? describeRequest(operation, example) : '?'}\n` +
            `  run seed FUZZ_SEED=${seed} (this operation's seed ${result.seed}, path ${result.counterexamplePath ?? '?'})`,
        );
      }
      const health = await server.send('GET', '/api/health');
      if (health.status !== 200)
        failures.push(`unhealthy after ${operation.method} ${operation.path}: ${health.status}`);
    }
    expect(failures, `seed ${seed}, ${runsPerOperation} runs per operation`).toEqual([]);
  }

  it('never answers 5xx nor drops a connection for an anonymous client', async () => {
    await fuzz('anonymous');
  }, 300_000);

  it('never answers 5xx nor drops a connection for a system administrator with a token', async () => {
    await fuzz('system administrator (API token)');
    const me = await server.send('GET', '/api/auth/me', {
      headers: { authorization: `Bearer ${adminToken}` },
    });
    expect(me.status).toBe(200);
  }, 300_000);
});

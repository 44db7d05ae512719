import type { components, paths } from './openapi.gen';

/**
 * Response types of the API as the server publishes them in /api/openapi.json (generated into
 * openapi.gen.ts, decision 013): the UI names them here and never writes a response shape by hand.
 */

/** A named schema of the OpenAPI document (`components.schemas`). */
export type Schema<Name extends keyof components['schemas']> = components['schemas'][Name];

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** What a lookup below gives for an operation, status or body that does not exist: no value has it. */
type Missing<What extends string> = { readonly __missingInOpenApi: What };

/** The JSON body of an operation's response with the given status (200 unless named). */
export type ResponseOf<
  Path extends keyof paths,
  M extends Method,
  Status extends number = 200,
> = paths[Path][M] extends { responses: infer Responses }
  ? Status extends keyof Responses
    ? Responses[Status] extends { content: { 'application/json': infer Body } }
      ? Body
      : Missing<'JSON body'>
    : Missing<'status'>
  : Missing<'operation'>;

/** The element type of a list response's `items`. */
export type ItemOf<List extends { items: readonly unknown[] }> = List['items'][number];

/** The JSON body an operation accepts (its request's input shape: fields with defaults are optional). */
export type RequestOf<Path extends keyof paths, M extends Method> = paths[Path][M] extends {
  requestBody?: infer Body;
}
  ? NonNullable<Body> extends { content: { 'application/json': infer Json } }
    ? Json
    : Missing<'JSON body'>
  : Missing<'request body'>;

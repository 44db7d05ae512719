import fc from 'fast-check';

/** A JSON schema as `/api/openapi.json` publishes it (OpenAPI 3.1), as far as the fuzzer reads it. */
export type Schema = {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  format?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
};

/** A request body as sent on the wire: its Content-Type (none when null) and its bytes. */
export type FuzzBody = { contentType: string | null; body: string | Buffer };

const longString = 'x'.repeat(100_000);

/** Strings that have broken servers: NUL, lone surrogates, path and injection tricks, huge and odd numbers. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  // What PostgreSQL cannot store, alone and inside text: the most frequent pick.
  { weight: 4, arbitrary: fc.constantFrom('\u0000', 'a\u0000b', '\ud800', 'x\udc00y', 'Bekasi\udbff') },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      '\u0000',
      'a\u0000b',
      '\ud800',
      'x\udc00y',
      '\udbff',
      '',
      ' ',
      ['..', '..', '..', '..', 'etc', 'passwd'].join('/'),
      '..\\..\\windows\\win.ini',
      '%00',
      '%2e%2e%2f',
      '%',
      '%zz',
      '<script>alert(1)</script>',
      "' or '1'='1' --",
      '${7*7}{{7*7}}',
      'line\r\nX-Injected: 1',
      '35.73',
      '32',
      '99.99',
      'NaN',
      '-1',
      '0',
      '1e309',
      '99999999999999999999999999999',
      '2024-02-30',
      '0000-01-01',
      '9999-12-31T23:59:59Z',
      'snrg_00000000000000000000000000000000',
      'javascript:alert(1)',
      'http://127.0.0.1:1/',
      'file:///etc/passwd',
      '00000000-0000-0000-0000-000000000000',
      'ꦏꦼꦂꦗ 🤝 Kerja sama',
    ),
  },
  { weight: 1, arbitrary: fc.constant(longString) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
);

/** A JSON array nested far deeper than any schema expects. */
const deepJson = JSON.parse(`${'['.repeat(500)}1${']'.repeat(500)}`) as unknown;

/** Any JSON value, biased to hostile ones (keys included). */
export const hostileJson: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: hostileString },
  {
    weight: 2,
    arbitrary: fc.constantFrom<unknown>(null, true, 0, -1, 1.5, 1e308, -1e308, 2 ** 53 + 1, [], {}, deepJson),
  },
  { weight: 1, arbitrary: fc.dictionary(hostileString, fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 }) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
);

/** Bodies no JSON.stringify produces: numbers out of range, deep or broken JSON, prototype keys. */
const rawJsonBodies = fc.constantFrom(
  '{"title":1e400,"page":-1e400}',
  '['.repeat(100_000),
  `${'['.repeat(20_000)}${']'.repeat(20_000)}`,
  '{',
  '',
  'null',
  '"text"',
  '12345678901234567890123456789',
  '{"__proto__":{"isAdmin":true},"constructor":{"prototype":{"x":1}}}',
  '{"a":1,"a":2}',
  '{"email":"\\u0000"}',
  '\u0000',
  '\ufeff{}',
);

/**
 * Values for a schema: mostly of the declared type (enum members, dates, ids from `knownIds`) so
 * that requests get past validation into the services, sometimes hostile.
 */
export function valueFor(
  schema: Schema | undefined,
  resolve: (ref: string) => Schema | undefined,
  knownIds: readonly string[],
  depth = 0,
): fc.Arbitrary<unknown> {
  if (!schema || depth > 6) return hostileJson;
  if (schema.$ref) return valueFor(resolve(schema.$ref), resolve, knownIds, depth + 1);
  const typed = typedValue(schema, resolve, knownIds, depth);
  return fc.oneof({ weight: 6, arbitrary: typed }, { weight: 1, arbitrary: hostileJson });
}

function typedValue(
  schema: Schema,
  resolve: (ref: string) => Schema | undefined,
  knownIds: readonly string[],
  depth: number,
): fc.Arbitrary<unknown> {
  const alternatives = schema.anyOf ?? schema.oneOf ?? schema.allOf;
  if (alternatives?.length) {
    return fc.oneof(...alternatives.map((item) => valueFor(item, resolve, knownIds, depth + 1)));
  }
  if (schema.enum?.length) return fc.constantFrom(...schema.enum);
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  const type = types.find((item) => item !== 'null');
  switch (type) {
    case 'string':
      return stringFor(schema.format, knownIds);
    case 'integer':
      return fc.oneof(fc.integer({ min: -5, max: 200 }), fc.constantFrom(0, -1, 2 ** 31, 2 ** 53 + 1, 1e21));
    case 'number':
      return fc.oneof(fc.double({ noNaN: true }), fc.constantFrom(0, -1, 1e308, -1e308));
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.array(valueFor(schema.items, resolve, knownIds, depth + 1), { maxLength: 3 });
    case 'object': {
      const properties = schema.properties ?? {};
      return fc.record(
        Object.fromEntries(
          Object.entries(properties).map(([key, item]) => [
            key,
            valueFor(item, resolve, knownIds, depth + 1),
          ]),
        ),
        { requiredKeys: (schema.required ?? []).filter((key) => key in properties) },
      );
    }
    default:
      return hostileJson;
  }
}

function stringFor(format: string | undefined, knownIds: readonly string[]): fc.Arbitrary<string> {
  switch (format) {
    case 'uuid':
      return knownIds.length ? fc.oneof(fc.constantFrom(...knownIds), fc.uuid()) : fc.uuid();
    case 'date':
      return fc.constantFrom('2024-01-15', '2024-02-30', '1900-01-01', '9999-12-31', '2099-06-30');
    case 'date-time':
      return fc.constantFrom('2024-01-15T10:00:00Z', '9999-12-31T23:59:59Z', '1970-01-01T00:00:00Z');
    case 'email':
      return fc.constantFrom('pengguna@test.go.id', 'a@b.c', `${'a'.repeat(64)}@${'b'.repeat(180)}.go.id`);
    case 'uri':
    case 'url':
      return fc.constantFrom('http://127.0.0.1:1/berita', 'https://example.invalid/berita', 'ftp://x');
    default:
      return fc.oneof(
        fc.string({ maxLength: 30 }),
        fc.constantFrom(
          '35.73',
          '35.14',
          '32',
          'Kerja sama pengelolaan sampah',
          'ksdd',
          'kesepakatan_bersama',
        ),
      );
  }
}

/**
 * A body for an operation: valid-looking JSON for its schema most of the time, otherwise broken
 * JSON, the right JSON under a wrong Content-Type, or (for a multipart route) a form with hostile
 * field values and file names.
 */
export function bodyFor(
  contentTypes: string[],
  schemaValue: fc.Arbitrary<unknown>,
): fc.Arbitrary<FuzzBody | null> {
  const json = schemaValue.map((value): FuzzBody => ({
    contentType: 'application/json',
    body: JSON.stringify(value) ?? 'null',
  }));
  const raw = rawJsonBodies.map((body): FuzzBody => ({ contentType: 'application/json', body }));
  const wrongType = fc
    .tuple(
      fc.constantFrom<string | null>(
        'text/plain',
        'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=x',
        'application/xml',
        'application/json; charset=utf-16',
        null,
      ),
      schemaValue,
    )
    .map(([contentType, value]): FuzzBody => ({ contentType, body: JSON.stringify(value) ?? '' }));
  // An operation without a body mostly gets none, sometimes one it does not expect.
  const arbitraries: Array<fc.WeightedArbitrary<FuzzBody | null>> = [
    { weight: 1, arbitrary: raw },
    { weight: 1, arbitrary: wrongType },
    { weight: contentTypes.length ? 1 : 8, arbitrary: fc.constant(null) },
  ];
  if (contentTypes.some((type) => type.includes('json'))) arbitraries.push({ weight: 5, arbitrary: json });
  if (contentTypes.some((type) => type.startsWith('multipart/'))) {
    arbitraries.push({ weight: 5, arbitrary: multipartBody() });
  }
  return fc.oneof(...arbitraries);
}

const fileContents = [
  Buffer.from('%PDF-1.4\n%\u00e2\u00e3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n', 'latin1'),
  Buffer.from('\u0089PNG\r\n\u001a\n', 'latin1'),
  Buffer.from('PK\u0003\u0004 not really a docx', 'latin1'),
  Buffer.from('<html><script>alert(1)</script></html>'),
  Buffer.alloc(0),
];

function multipartBody(): fc.Arbitrary<FuzzBody> {
  return fc
    .record({
      fileName: hostileString,
      fieldName: fc.constantFrom('file', 'kind', 'note', 'x'),
      kind: hostileString,
      content: fc.constantFrom(...fileContents),
      fileType: fc.constantFrom('application/pdf', 'image/png', 'text/html', 'application/octet-stream'),
    })
    .map(({ fileName, fieldName, kind, content, fileType }): FuzzBody => {
      const boundary = 'sinergi-fuzz-boundary';
      const safeName = fileName.replace(/["\r\n]/g, '_').slice(0, 2000);
      const parts = [
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\n${kind.slice(0, 2000)}\r\n` +
            `--${boundary}\r\nContent-Disposition: form-data; name="${fieldName}"; filename="${safeName}"\r\n` +
            `Content-Type: ${fileType}\r\n\r\n`,
        ),
        content,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ];
      return { contentType: `multipart/form-data; boundary=${boundary}`, body: Buffer.concat(parts) };
    });
}

/**
 * A path parameter as it goes on the wire: percent-encoded, with a lone surrogate written as the
 * bytes a sloppy client would send (WTF-8), or a raw path trick ("..", a lone "%").
 */
export const pathValue: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: hostileString.map(encodeComponent) },
  { weight: 1, arbitrary: fc.constantFrom('..', '.', '%2e%2e', '%2F', '%', '%zz', 'a%2Fb', '%C0%AE', '~') },
);

/** encodeURIComponent, except that a lone surrogate becomes its three WTF-8 bytes instead of throwing. */
export function encodeComponent(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    let encoded = '';
    for (const char of text) {
      const code = char.charCodeAt(0);
      if (char.length === 1 && code >= 0xd800 && code <= 0xdfff) {
        encoded += [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)]
          .map((byte) => `%${byte.toString(16).toUpperCase()}`)
          .join('');
      } else {
        encoded += encodeURIComponent(char);
      }
    }
    return encoded;
  }
}
